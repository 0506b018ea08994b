/**
 * One evidence sentence, one fact: the clauses a long sentence was split into are put back
 * together when alignment gave them no reason to stay apart.
 * - clauses that no other source reports become one fact again (the whole sentence);
 * - clauses reported by different other sources (one source confirms the first half, another the
 *   second), or two clauses where one's other sources all report the other too, make one fact,
 *   unless two other sources or more tell them in separate sentences (and none in one);
 * - a clause no other source reports joins the fact of a sibling clause that others do report.
 * Clauses that two facts each corroborate with the same other source stay two facts.
 */
import type { ClaimUnit } from './model.ts';

function sentenceKey(unit: ClaimUnit): string {
  return `${unit.article}#${unit.sentenceIndex}`;
}

/** Sources other than the sentence's own that report the group. */
function otherSources(group: readonly ClaimUnit[], own: string): Set<string> {
  return new Set(group.map((u) => u.source).filter((s) => s !== own));
}

/** True when one set holds every member of the other. */
function nested(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return [...small].every((s) => large.has(s));
}

function disjoint(sets: readonly Set<string>[]): boolean {
  const seen = new Set<string>();
  for (const set of sets) {
    for (const s of set) {
      if (seen.has(s)) return false;
      seen.add(s);
    }
  }
  return true;
}

/** Other sources that must tell two clauses apart before they count as two claims. */
const MIN_SEPARATING_SOURCES = 2;

/**
 * True when the two clauses may be one claim: unless at least two other sources report them in
 * separate sentences of their own, and none in one sentence, they are one claim told in one sentence.
 */
function toldTogether(a: readonly ClaimUnit[], b: readonly ClaimUnit[], own: string): boolean {
  const sentencesOf = (group: readonly ClaimUnit[], source: string): Set<string> =>
    new Set(group.filter((u) => u.source === source).map(sentenceKey));
  let separate = 0;
  for (const source of otherSources(a, own)) {
    const inB = sentencesOf(b, source);
    if (inB.size === 0) continue;
    if ([...sentencesOf(a, source)].some((k) => inB.has(k))) return true;
    separate += 1;
  }
  return separate < MIN_SEPARATING_SOURCES;
}

/** Indices of groups to merge for one split sentence, or null to keep them apart. */
function mergePlan(indices: readonly number[], groups: readonly (readonly ClaimUnit[])[], own: string): number[][] {
  const others = indices.map((i) => otherSources(groups[i] ?? [], own));
  if (disjoint(others)) return [[...indices]];
  const [first, second] = indices.map((i) => groups[i] ?? []);
  if (others.length === 2 && nested(others[0] ?? new Set(), others[1] ?? new Set()) && toldTogether(first ?? [], second ?? [], own)) {
    return [[...indices]];
  }
  const reported = indices.filter((_, k) => (others[k]?.size ?? 0) > 0);
  const alone = indices.filter((_, k) => (others[k]?.size ?? 0) === 0);
  const host = [...reported].sort((a, b) => (groups[b]?.length ?? 0) - (groups[a]?.length ?? 0))[0];
  return host === undefined || alone.length === 0 ? [] : [[host, ...alone]];
}

/** Union-find root with path halving. */
function root(parent: number[], i: number): number {
  let x = i;
  while (parent[x] !== x) {
    parent[x] = parent[parent[x] ?? x] ?? x;
    x = parent[x] ?? x;
  }
  return x;
}

/** The groups with the clauses of each split sentence put back together where they belong together. */
export function rejoinSentences(groups: readonly (readonly ClaimUnit[])[]): ClaimUnit[][] {
  const bySentence = new Map<string, { indices: Set<number>; own: string }>();
  groups.forEach((group, i) => {
    for (const unit of group) {
      const entry = bySentence.get(sentenceKey(unit)) ?? { indices: new Set<number>(), own: unit.source };
      entry.indices.add(i);
      bySentence.set(sentenceKey(unit), entry);
    }
  });
  const parent = groups.map((_, i) => i);
  for (const { indices, own } of bySentence.values()) {
    if (indices.size < 2) continue;
    for (const plan of mergePlan([...indices], groups, own)) {
      const [first, ...rest] = plan;
      if (first === undefined) continue;
      for (const other of rest) parent[root(parent, other)] = root(parent, first);
    }
  }
  const merged = new Map<number, ClaimUnit[]>();
  groups.forEach((group, i) => {
    const r = root(parent, i);
    const list = merged.get(r) ?? [];
    list.push(...group);
    merged.set(r, list);
  });
  return [...merged.values()];
}

/** True when every unit of the group is a clause of one and the same sentence (it was split for nothing). */
export function oneSentence(group: readonly ClaimUnit[]): boolean {
  const first = group[0];
  return first !== undefined && group.length > 1 && group.every((u) => sentenceKey(u) === sentenceKey(first));
}
