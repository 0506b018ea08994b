/**
 * Who acts in a clause: the person (or the pair of people) in subject position, read from general
 * line shape. A leading adverbial or participial phrase ("In July, ...", "Meeting X, ...") is
 * skipped up to its comma; the subject is then a pronoun (resolved to the previous subject), a
 * pair reference ("they", "the two leaders": the article's two main people), "the <role>" of one
 * of the article's main people, or the first named person that is not the object of a preposition
 * or a possessive. Unknown subjects are empty: they never oppose anything.
 */
import type { Span } from '../types.ts';
import type { EntityMention } from './entity-index.ts';

/** A sentence opening that is not its subject: a preposition, a subordinator or a participle. */
const LEADING_PHRASE =
  /^(?:in|at|on|during|after|before|while|following|parallel|as|despite|amid|by|under|with|according|since|for|from|beyond|through|within|once|although|though|when|earlier|later|meanwhile|additionally|however|separately|[a-z]+ing)\b/i;
const PRONOUN = /^(?:he|she)\b/i;
const PEOPLE_NOUN = String.raw`(?:leaders|men|women|sides|presidents|ministers|heads|premiers)`;
const PAIR_VERB = String.raw`(?:are|were|have|had|met|held|also|agreed|signed|spoke|discussed|[a-z]+ed)`;
/** "they", or "both"/"the two" followed by a word for people or directly by a verb (not "both countries"). */
const PAIR = new RegExp(
  String.raw`^(?:they|the\s+leaders|(?:both|the\s+two)\s+${PEOPLE_NOUN}|(?:both|the\s+two)(?=\s+${PAIR_VERB}\b))\b`,
  'i',
);
const ROLE = /^the\s+(?:[a-z]+\s+){0,2}?([a-z]+(?:\s+minister)?)\b/i;
/** Words that, just before a name, make it an object rather than a subject. */
const OBJECT_CUE = /\b(?:with|to|on|by|for|of|from|at|in|into|about|against|toward|towards|and|than|like|met|meets|meeting|following|thank|thanked|praised|told|invited|urged|called)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[A-Z][\p{L}.’'-]*\s+){0,4}$/u;
/** How far into the main clause a named subject may stand (in characters). */
const SUBJECT_REACH = 70;

export interface SubjectInput {
  /** The clause text. */
  readonly text: string;
  /** The clause's span in the article text (mention spans are article offsets). */
  readonly span: Span;
  readonly mentions: readonly EntityMention[];
  /** The article's two most mentioned people. */
  readonly mainPeople: readonly string[];
  /** Roles (lower case) of the story's people, by entity id. */
  readonly roles: ReadonlyMap<string, readonly string[]>;
  /** The subject of the article's previous clause, for "he"/"she". */
  readonly previous: readonly string[];
}

/** Offset (in the clause) where its main clause starts: after a leading phrase's comma. */
export function mainClauseStart(text: string): number {
  if (!LEADING_PHRASE.test(text)) return 0;
  const comma = text.search(/,\s/);
  return comma > 0 && comma < text.length * 0.7 ? comma + 2 : 0;
}

function byRole(head: string, input: SubjectInput): string[] {
  const role = head.toLowerCase();
  return input.mainPeople.filter((id) => (input.roles.get(id) ?? []).some((r) => r === role || r.endsWith(` ${role}`)));
}

function namedSubject(input: SubjectInput, from: number): Subject {
  for (const m of input.mentions) {
    const at = m.span.start - input.span.start;
    if (at < from) continue;
    if (at - from > SUBJECT_REACH) break;
    if (m.type !== 'person') continue;
    const after = input.text.slice(m.span.end - input.span.start);
    if (/^['’]s?\b/.test(after)) continue;
    if (OBJECT_CUE.test(input.text.slice(from, at))) continue;
    const partner = /^\s+and\s+/.exec(after);
    const next = input.mentions.find((o) => o.type === 'person' && o.span.start - m.span.end < 40 && o.span.start > m.span.end);
    const start = m.span.start - input.span.start;
    if (partner && next) {
      return { entities: [m.entity, next.entity], phrase: phraseBefore(input.text, start, next.span.end - input.span.start) };
    }
    return { entities: [m.entity], phrase: phraseBefore(input.text, start, m.span.end - input.span.start) };
  }
  return { entities: [], phrase: null };
}

export interface Subject {
  /** StoryEntity ids of who acts; empty when it cannot be told. */
  readonly entities: readonly string[];
  /** The subject's words as written (with their titles), to restore it before a bare predicate. */
  readonly phrase: string | null;
}

/** The words of a name with the capitalised title words just before it ("Minister Halvorsen"). */
function phraseBefore(text: string, start: number, end: number): string {
  const before = /(?:[A-Z][\p{L}’'-]*\s+)*$/u.exec(text.slice(0, start))?.[0] ?? '';
  return text.slice(start - before.length, end);
}

/** The clause's subject. */
export function subjectOf(input: SubjectInput): Subject {
  const opening = input.mentions.some((m) => m.span.start === input.span.start);
  const from = opening ? 0 : mainClauseStart(input.text);
  const head = input.text.slice(from);
  if (PRONOUN.test(head)) return { entities: [...input.previous], phrase: null };
  const pair = PAIR.exec(head);
  if (pair) return { entities: input.mainPeople.length === 2 ? [...input.mainPeople] : [], phrase: pair[0] };
  const role = ROLE.exec(head);
  if (role?.[1] !== undefined) {
    const found = byRole(role[1], input);
    if (found.length === 1) return { entities: found, phrase: role[0] };
  }
  return namedSubject(input, from);
}

export interface Agents {
  /** Who acts. */
  readonly subjects: readonly string[];
  /** Every person taking part (named, or meant by "both"/"they"). */
  readonly actors: readonly string[];
}

/**
 * True when two clauses tell what different people did: both subjects are known and disjoint,
 * unless the same people take part in both (one invites the other, the other accepts).
 */
export function subjectsDiffer(a: Agents, b: Agents): boolean {
  if (a.subjects.length === 0 || b.subjects.length === 0) return false;
  for (const x of a.subjects) if (b.subjects.includes(x)) return false;
  return !(takesPart(a, b) && takesPart(b, a));
}

/** True when every person of `a` (actor or subject) takes part in `b`. */
function takesPart(a: Agents, b: Agents): boolean {
  for (const p of a.actors) if (!b.actors.includes(p) && !b.subjects.includes(p)) return false;
  for (const p of a.subjects) if (!b.actors.includes(p) && !b.subjects.includes(p)) return false;
  return true;
}
