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
import { topTerms, type WeightedVector } from './vocabulary.ts';
import type { SparseVector } from './group-vector.ts';
import { createGroup, groupsFit, groupsGap, join, leave, memberFit, type Fit, type Group, type GroupMember } from './_groups.ts';

export interface RefineMember {
  readonly id: string;
  readonly profile: Profile;
  readonly day: number | null;
}

export type RefineOptions = Pick<
  ClusterOptions,
  'joinThreshold' | 'mergeThreshold' | 'orphanShare' | 'smallStory' | 'windowDays' | 'entityWeight' | 'yearWeight' | 'timeSigmaDays' | 'timeWeight' | 'queryTerms' | 'maxCandidates' | 'maxPostings' | 'refineRounds'
>;

/** A lookup query: term ids and their weights, in the order their scores are summed. */
interface Query {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/** Per-call buffers of `candidates`, indexed by group and reused (grown with the groups). */
interface Scratch {
  score: Float64Array;
  /** The term pass (stamp) that last counted a group, and the call that last scored it. */
  seenBy: Uint32Array;
  scoredBy: Uint32Array;
  stamp: number;
}

interface State {
  readonly members: readonly GroupMember[];
  readonly groups: Group[];
  readonly groupOf: number[];
  /** Term id → groups posted under it (stale entries are harmless: candidates are re-scored). */
  readonly index: (number[] | undefined)[];
  readonly queries: Query[];
  /** Term id → term (ties among summed query terms are broken by the term, as before interning). */
  readonly terms: readonly string[];
  readonly options: RefineOptions;
  readonly scratch: Scratch;
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

/** Interns every term once: the hot loops then work on integer ids and typed arrays. */
class Interner {
  readonly terms: string[] = [];
  private readonly ids = new Map<string, number>();

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  vector(vector: WeightedVector): SparseVector {
    const ids = new Int32Array(vector.weights.size);
    const values = new Float64Array(vector.weights.size);
    let i = 0;
    for (const [term, weight] of vector.weights) {
      ids[i] = this.id(term);
      values[i++] = weight;
    }
    return { ids, values, norm: vector.norm };
  }
}

function initialState(members: readonly RefineMember[], start: readonly number[], options: RefineOptions): State {
  const count = start.reduce((max, g) => Math.max(max, g + 1), 0);
  const interner = new Interner();
  const vectors = members.map((m) => ({
    day: m.day,
    profile: { words: interner.vector(m.profile.words), entities: interner.vector(m.profile.entities), years: interner.vector(m.profile.years) },
  }));
  const queries = members.map((m) => queryOf(m.profile, options.queryTerms, interner));
  const state: State = {
    members: vectors, options, groups: [], groupOf: [...start], index: [], queries, terms: interner.terms,
    scratch: { score: new Float64Array(0), seenBy: new Uint32Array(0), scoredBy: new Uint32Array(0), stamp: 0 },
  };
  for (let g = 0; g < count; g++) newGroup(state);
  state.members.forEach((member, i) => {
    join(state.groups[start[i]!]!, member, i);
    post(state, start[i]!, i);
  });
  return state;
}

function queryOf(profile: Profile, limit: number, interner: Interner): Query {
  const terms = new Map<string, number>();
  for (const term of topTerms(profile.words, limit)) terms.set(term, profile.words.weights.get(term)!);
  for (const [term, weight] of profile.entities.weights) terms.set(term, weight);
  const ids = new Int32Array(terms.size);
  const weights = new Float64Array(terms.size);
  let i = 0;
  for (const [term, weight] of terms) {
    ids[i] = interner.id(term);
    weights[i++] = weight;
  }
  return { ids, weights };
}

function post(state: State, group: number, member: number): void {
  const { ids } = state.queries[member]!;
  for (let t = 0; t < ids.length; t++) {
    const list = state.index[ids[t]!];
    if (list === undefined) state.index[ids[t]!] = [group];
    else if (list[list.length - 1] !== group) list.push(group);
  }
}

/** The scratch buffers, grown to cover every group. */
function scratchFor(state: State): Scratch {
  const { scratch } = state;
  if (scratch.score.length < state.groups.length) {
    const size = Math.max(16, state.groups.length * 2);
    const seenBy = new Uint32Array(size);
    const scoredBy = new Uint32Array(size);
    seenBy.set(scratch.seenBy);
    scoredBy.set(scratch.scoredBy);
    [scratch.score, scratch.seenBy, scratch.scoredBy] = [new Float64Array(size), seenBy, scoredBy];
  }
  return scratch;
}

/** Live groups sharing the member's query terms, by summed weight, best `maxCandidates`. */
function candidates(state: State, query: Query, except: number): number[] {
  const scratch = scratchFor(state);
  const { score, seenBy, scoredBy } = scratch;
  const call = ++scratch.stamp;
  const scored: number[] = [];
  for (let t = 0; t < query.ids.length; t++) {
    const list = state.index[query.ids[t]!];
    if (list === undefined) continue;
    // Each group counts once per term: a stamp per term pass instead of a fresh Set.
    const pass = ++scratch.stamp;
    const weight = query.weights[t]!;
    for (let i = list.length - 1; i >= Math.max(0, list.length - state.options.maxPostings); i--) {
      const g = list[i]!;
      if (g === except || seenBy[g] === pass || state.groups[g]!.size === 0) continue;
      seenBy[g] = pass;
      if (scoredBy[g] !== call) {
        scoredBy[g] = call;
        score[g] = 0;
        scored.push(g);
      }
      score[g] = score[g]! + weight;
    }
  }
  return best(scored, score, state.options.maxCandidates);
}

/**
 * The `limit` groups of highest score (ties: lower index first), best first: what sorting them all
 * and keeping the head gives, by insertion into a short list (most groups fall below its tail).
 */
function best(groups: readonly number[], score: Float64Array, limit: number): number[] {
  const top: number[] = [];
  const before = (a: number, b: number): boolean => score[a]! > score[b]! || (score[a] === score[b] && a < b);
  for (const g of groups) {
    if (top.length === limit && !before(g, top[limit - 1]!)) continue;
    let at = top.length < limit ? top.length : limit - 1;
    while (at > 0 && before(g, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = g;
  }
  return top;
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
  state.groups.push(createGroup(state.terms.length));
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
function groupQuery(state: State, group: Group): Query {
  const summed = new Map<number, number>();
  for (const i of group.members) {
    const { ids, weights } = state.queries[i]!;
    for (let t = 0; t < ids.length; t++) summed.set(ids[t]!, (summed.get(ids[t]!) ?? 0) + weights[t]!);
  }
  const { terms } = state;
  const ranked = [...summed].sort((a, b) => b[1] - a[1] || (terms[a[0]]! < terms[b[0]]! ? -1 : 1)).slice(0, state.options.queryTerms);
  return { ids: Int32Array.from(ranked, ([id]) => id), weights: Float64Array.from(ranked, ([, weight]) => weight) };
}

function absorb(state: State, into: number, from: number): void {
  for (const i of [...state.groups[from]!.members]) {
    leave(state.groups[from]!, state.members[i]!, i);
    join(state.groups[into]!, state.members[i]!, i);
    state.groupOf[i] = into;
    post(state, into, i);
  }
}
