/**
 * Aligns claim units across articles by meaning. Candidates come from an inverted index over the
 * units' features (never all pairs); the best candidate at or above the threshold brings the unit
 * into its group, provided the unit also agrees on average with the group's first members.
 */
import type { ClaimUnit } from './model.ts';
import type { FactsOptions } from './options.ts';
import { featureSpace, featuresOf, similarity, type FeatureSpace } from './similarity.ts';

export interface Alignment {
  /** Groups of units stating one claim, in order of their first unit. */
  readonly groups: readonly (readonly ClaimUnit[])[];
  /** Similarity of two aligned units (0..1). */
  readonly score: (a: ClaimUnit, b: ClaimUnit) => number;
}

const GROUP_SAMPLE = 6;

/** A unit that can carry a fact: not a bare quote, with enough content words. */
export function isClaim(unit: ClaimUnit, options: FactsOptions): boolean {
  return !unit.quoteOnly && unit.terms.length >= options.minClaimTerms;
}

interface AlignState {
  readonly space: FeatureSpace;
  /** unit.index → position in `space.vectors`. */
  readonly slot: ReadonlyMap<number, number>;
  readonly postings: Map<number, number[]>;
  readonly groupOf: Int32Array;
  readonly groups: ClaimUnit[][];
  readonly claims: readonly ClaimUnit[];
  readonly tally: Float64Array;
}

function candidates(state: AlignState, at: number, options: FactsOptions): number[] {
  const touched: number[] = [];
  const { space, tally } = state;
  for (const f of space.vectors[at]?.ids ?? []) {
    if ((space.frequency[f] ?? 0) > options.maxPostings) continue;
    const w = space.weights[f] ?? 0;
    for (const j of state.postings.get(f) ?? []) {
      if (tally[j] === 0) touched.push(j);
      tally[j] = (tally[j] ?? 0) + w;
    }
  }
  touched.sort((a, b) => (tally[b] ?? 0) - (tally[a] ?? 0) || a - b);
  const best = touched.slice(0, options.maxCandidates);
  for (const j of touched) tally[j] = 0;
  return best;
}

function scoreAt(state: AlignState, a: number, b: number): { score: number; sharedTerms: number } {
  const va = state.space.vectors[a];
  const vb = state.space.vectors[b];
  return va && vb ? similarity(va, vb, state.space) : { score: 0, sharedTerms: 0 };
}

function bestGroup(state: AlignState, at: number, options: FactsOptions): number | null {
  let best: { group: number; score: number } | null = null;
  for (const j of candidates(state, at, options)) {
    const scored = scoreAt(state, at, j);
    if (scored.score < options.alignThreshold || scored.sharedTerms < 1) continue;
    if (best === null || scored.score > best.score) best = { group: state.groupOf[j] ?? -1, score: scored.score };
  }
  if (best === null || best.group < 0) return null;
  const sample = (state.groups[best.group] ?? []).slice(0, GROUP_SAMPLE);
  const mean = sample.reduce((sum, m) => sum + scoreAt(state, at, state.slot.get(m.index) ?? -1).score, 0) / Math.max(1, sample.length);
  return mean >= options.alignThreshold * options.groupAgreement ? best.group : null;
}

/** Groups the claim units (in the order given) into facts. */
export function alignUnits(units: readonly ClaimUnit[], options: FactsOptions): Alignment {
  const claims = units.filter((u) => isClaim(u, options));
  const state: AlignState = {
    space: featureSpace(claims.map(featuresOf)),
    slot: new Map(claims.map((u, i) => [u.index, i])),
    postings: new Map(),
    groupOf: new Int32Array(claims.length).fill(-1),
    groups: [],
    claims,
    tally: new Float64Array(claims.length),
  };
  claims.forEach((unit, at) => {
    const group = bestGroup(state, at, options);
    const target = group ?? state.groups.push([]) - 1;
    state.groups[target]?.push(unit);
    state.groupOf[at] = target;
    for (const f of state.space.vectors[at]?.ids ?? []) {
      if ((state.space.frequency[f] ?? 0) > options.maxPostings) continue;
      const list = state.postings.get(f);
      if (list) list.push(at);
      else state.postings.set(f, [at]);
    }
  });
  const score = (a: ClaimUnit, b: ClaimUnit): number => scoreAt(state, state.slot.get(a.index) ?? -1, state.slot.get(b.index) ?? -1).score;
  return { groups: state.groups, score };
}
