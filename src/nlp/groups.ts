/**
 * Groups the name mentions of one article into entities: same key (spelling variants and
 * possessives folded), an acronym with the name it abbreviates, and a lone surname or first name
 * with the one full name of a person that starts or ends with it.
 */
import type { Span } from '../types.ts';
import type { NameCandidate } from './candidates.ts';
import type { TypeVote } from './entity-types.ts';
import { decideType } from './entity-types.ts';
import { stripPossessive } from './names.ts';

export interface Mention {
  readonly candidate: NameCandidate;
  readonly key: string;
  readonly vote: TypeVote;
}

export interface Group {
  readonly keys: Set<string>;
  readonly forms: string[];
  readonly votes: TypeVote[];
  readonly roles: Set<string>;
  readonly qualifiers: Set<string>;
  readonly spans: Span[];
}

const emptyGroup = (): Group => ({ keys: new Set(), forms: [], votes: [], roles: new Set(), qualifiers: new Set(), spans: [] });

function absorb(into: Group, from: Group): void {
  for (const key of from.keys) into.keys.add(key);
  into.forms.push(...from.forms);
  into.votes.push(...from.votes);
  for (const role of from.roles) into.roles.add(role);
  for (const q of from.qualifiers) into.qualifiers.add(q);
  into.spans.push(...from.spans);
}

function add(group: Group, m: Mention): void {
  group.keys.add(m.key);
  group.forms.push(stripPossessive(m.candidate.text));
  group.votes.push(m.vote);
  for (const role of m.candidate.roles) group.roles.add(role);
  if (m.candidate.qualifier) group.qualifiers.add(m.candidate.qualifier);
  group.spans.push({ start: m.candidate.start, end: m.candidate.end });
}

/** Groups by key, then joins each acronym to the group of the name it abbreviates. */
function byKey(mentions: readonly Mention[]): Group[] {
  const byName = new Map<string, Group>();
  const groupOf: Group[] = [];
  for (const m of mentions) {
    const group = byName.get(m.key) ?? emptyGroup();
    byName.set(m.key, group);
    add(group, m);
    groupOf.push(group);
  }
  mentions.forEach((m, i) => {
    const target = m.candidate.acronymOf;
    const into = target === null ? undefined : groupOf[target];
    const from = groupOf[i];
    if (into && from && into !== from) {
      absorb(into, from);
      for (const key of from.keys) byName.set(key, into);
    }
  });
  return [...new Set(byName.values())];
}

const isSingleWord = (group: Group): boolean => group.forms.every((f) => !/\s/.test(f));

function addTo(byWord: Map<string, Set<Group>>, word: string, group: Group): void {
  const set = byWord.get(word) ?? new Set<Group>();
  byWord.set(word, set.add(group));
}

/** Lone word → the person groups whose longer name starts or ends with it. */
function peopleByWord(groups: readonly Group[]): Map<string, Set<Group>> {
  const byWord = new Map<string, Set<Group>>();
  for (const group of groups) {
    if (isSingleWord(group) || decideType(group.votes) !== 'person') continue;
    for (const key of group.keys) {
      const parts = key.split(' ');
      if (parts.length < 2) continue;
      addTo(byWord, parts[0] ?? '', group);
      addTo(byWord, parts[parts.length - 1] ?? '', group);
    }
  }
  return byWord;
}

/** The one person group a lone-word group names by one of its keys, if exactly one. */
function personFor(group: Group, byWord: ReadonlyMap<string, ReadonlySet<Group>>): Group | undefined {
  for (const key of group.keys) {
    const found = byWord.get(key);
    if (found?.size === 1) return [...found][0];
  }
  return undefined;
}

/** Joins lone-word groups (not places or organisations) to the full name of a person. */
function joinPartialNames(groups: readonly Group[]): Group[] {
  const byWord = peopleByWord(groups);
  const merged = new Set<Group>();
  for (const group of groups) {
    if (!isSingleWord(group)) continue;
    const type = decideType(group.votes);
    if (type === 'place' || type === 'organization') continue;
    const person = personFor(group, byWord);
    if (person && person !== group) {
      absorb(person, group);
      merged.add(group);
    }
  }
  return merged.size === 0 ? [...groups] : groups.filter((g) => !merged.has(g));
}

/** The entity groups of one article's mentions. */
export function groupMentions(mentions: readonly Mention[]): Group[] {
  return joinPartialNames(byKey(mentions));
}
