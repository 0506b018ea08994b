/**
 * Refinement after streaming (k-means-like, near-linear): each article is re-assigned to the
 * story it fits best, comparing it with the rest of its own story (leave-one-out) and with the
 * whole of each candidate story found through an inverted index; repeated until stable (at
 * most `refineRounds` rounds). Then stories whose centroids converged merge, and the
 * re-assignment runs once more. Last, lone articles and small stories (up to `smallStory`
 * articles) join their best fit at `orphanShare` of the thresholds: a short report, or a few,
 * share few words with a long story's centroid even when they tell the same event. Fixes early wrong joins and most of the order dependence of
 * the streaming pass. Articles are visited in a canonical order (by id) so the result depends
 * on the starting stories, not on the input order.
 */
import type { ClusterOptions } from './options.ts';
import { blendSimilarity, timeFactor, type Profile } from './similarity.ts';
import { topTerms } from './vocabulary.ts';
import { createGroup, groupsFit, groupsGap, join, leave, memberFit, type Fit, type Group } from './_groups.ts';

export interface RefineMember {
  readonly id: string;
  readonly profile: Profile;
  readonly day: number | null;
}

export type RefineOptions = Pick<
  ClusterOptions,
  'joinThreshold' | 'mergeThreshold' | 'orphanShare' | 'smallStory' | 'windowDays' | 'entityWeight' | 'yearWeight' | 'timeSigmaDays' | 'timeWeight' | 'queryTerms' | 'maxCandidates' | 'maxPostings' | 'refineRounds'
>;

interface State {
  readonly members: readonly RefineMember[];
  readonly groups: Group[];
  readonly groupOf: number[];
  /** Term → groups posted under it (stale entries are harmless: candidates are re-scored). */
  readonly index: Map<string, number[]>;
  readonly queries: Map<string, number>[];
  readonly options: RefineOptions;
}

/** Final group (an index into the starting groups, or a new one past them) of every member. */
export function refineStories(members: readonly RefineMember[], start: readonly number[], options: RefineOptions): number[] {
  const state = initialState(members, start, options);
  const order = members.map((_, i) => i).sort((a, b) => (members[a]!.id < members[b]!.id ? -1 : 1));
  reassign(state, order);
  const { mergeThreshold, orphanShare, smallStory } = options;
  if (mergeGroups(state, order, () => mergeThreshold) > 0) reassign(state, order);
  for (const i of order) adoptOrphan(state, i);
  mergeGroups(state, order, (a, b) => (Math.min(a, b) <= smallStory ? orphanShare * mergeThreshold : mergeThreshold));
  return state.groupOf;
}

function initialState(members: readonly RefineMember[], start: readonly number[], options: RefineOptions): State {
  const count = start.reduce((max, g) => Math.max(max, g + 1), 0);
  const state: State = {
    members, options, groups: Array.from({ length: count }, () => createGroup()), groupOf: [...start], index: new Map(),
    queries: members.map((m) => queryOf(m.profile, options.queryTerms)),
  };
  members.forEach((member, i) => {
    join(state.groups[start[i]!]!, member, i);
    post(state, start[i]!, i);
  });
  return state;
}

function queryOf(profile: Profile, limit: number): Map<string, number> {
  const terms = new Map<string, number>();
  for (const term of topTerms(profile.words, limit)) terms.set(term, profile.words.weights.get(term)!);
  for (const [term, weight] of profile.entities.weights) terms.set(term, weight);
  return terms;
}

function post(state: State, group: number, member: number): void {
  for (const term of state.queries[member]!.keys()) {
    const list = state.index.get(term);
    if (list === undefined) state.index.set(term, [group]);
    else if (list[list.length - 1] !== group) list.push(group);
  }
}

/** Live groups sharing the member's query terms, by summed weight, best `maxCandidates`. */
function candidates(state: State, query: ReadonlyMap<string, number>, except: number): number[] {
  const scores = new Map<number, number>();
  for (const [term, weight] of query) {
    const list = state.index.get(term);
    if (list === undefined) continue;
    const seen = new Set<number>();
    for (let i = list.length - 1; i >= Math.max(0, list.length - state.options.maxPostings); i--) {
      const g = list[i]!;
      if (g === except || seen.has(g) || state.groups[g]!.size === 0) continue;
      seen.add(g);
      scores.set(g, (scores.get(g) ?? 0) + weight);
    }
  }
  return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, state.options.maxCandidates).map(([g]) => g);
}

/** Rounds of moving each member to its best story until none moves. */
function reassign(state: State, order: readonly number[]): void {
  for (let round = 0; round < state.options.refineRounds; round++) {
    let moved = 0;
    for (const i of order) if (moveMember(state, i)) moved++;
    if (moved === 0) return;
  }
}

function moveMember(state: State, i: number): boolean {
  const member = state.members[i]!;
  const own = state.groupOf[i]!;
  const ownScore = state.groups[own]!.size > 1 ? score(state, memberFit(state.groups[own]!, member, true)) : 0;
  let best = own;
  let bestScore = Math.max(ownScore, state.options.joinThreshold);
  for (const g of candidates(state, state.queries[i]!, own)) {
    const fit = score(state, memberFit(state.groups[g]!, member, false));
    if (fit > bestScore) [best, bestScore] = [g, fit];
  }
  if (best === own && ownScore <= 0 && state.groups[own]!.size > 1) best = newGroup(state);
  if (best === own) return false;
  leave(state.groups[own]!, member, i);
  join(state.groups[best]!, member, i);
  state.groupOf[i] = best;
  post(state, best, i);
  return true;
}

/** Similarity of a fit; 0 outside the time window. */
function score(state: State, { cosines, gap }: Fit): number {
  if (gap !== null && gap > state.options.windowDays) return 0;
  return blendSimilarity(cosines, state.options) * timeFactor(gap, state.options);
}

function newGroup(state: State): number {
  state.groups.push(createGroup());
  return state.groups.length - 1;
}

/**
 * An article left alone joins its best candidate story at `orphanShare` of the join threshold: a short report
 * shares few words with a long story's centroid even when it tells the same event.
 */
function adoptOrphan(state: State, i: number): void {
  const own = state.groupOf[i]!;
  if (state.groups[own]!.size > 1) return;
  const member = state.members[i]!;
  let best = own;
  let bestScore = state.options.orphanShare * state.options.joinThreshold;
  for (const g of candidates(state, state.queries[i]!, own)) {
    const fit = score(state, memberFit(state.groups[g]!, member, false));
    if (fit >= bestScore) [best, bestScore] = [g, fit];
  }
  if (best === own) return;
  leave(state.groups[own]!, member, i);
  join(state.groups[best]!, member, i);
  state.groupOf[i] = best;
}

/**
 * Merges groups whose centroids converged, at a threshold that may depend on the two sizes
 * (the lower index survives); the number merged.
 */
function mergeGroups(state: State, order: readonly number[], threshold: (a: number, b: number) => number): number {
  let merged = 0;
  const visited = new Set<number>();
  for (const i of order) {
    const g = state.groupOf[i]!;
    const group = state.groups[g]!;
    if (group.size < 2 || visited.has(g)) continue;
    visited.add(g);
    for (const other of candidates(state, groupQuery(state, group), g)) {
      const target = state.groups[other]!;
      if (target.size === 0) continue;
      const gap = groupsGap(group, target);
      if (gap !== null && gap > state.options.windowDays) continue;
      if (blendSimilarity(groupsFit(group, target), state.options) < threshold(group.size, target.size)) continue;
      const [into, from] = g < other ? [g, other] : [other, g];
      absorb(state, into, from);
      visited.add(into);
      merged++;
      break;
    }
  }
  return merged;
}

/** The members' query terms summed, the heaviest `queryTerms` of them. */
function groupQuery(state: State, group: Group): Map<string, number> {
  const summed = new Map<string, number>();
  for (const i of group.members) {
    for (const [term, weight] of state.queries[i]!) summed.set(term, (summed.get(term) ?? 0) + weight);
  }
  const ranked = [...summed].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Map(ranked.slice(0, state.options.queryTerms));
}

function absorb(state: State, into: number, from: number): void {
  for (const i of [...state.groups[from]!.members]) {
    leave(state.groups[from]!, state.members[i]!, i);
    join(state.groups[into]!, state.members[i]!, i);
    state.groupOf[i] = into;
    post(state, into, i);
  }
}
