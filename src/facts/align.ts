/**
 * Aligns claim units across articles by meaning. Candidates come from an inverted index over the
 * units' features (never all pairs); the best candidate at or above the threshold brings the unit
 * into its group, provided the unit also agrees on average with the group's first members.
 */
import type { ClaimUnit } from './model.ts';
import type { FactsOptions } from './options.ts';
import { featuresOf, idfWeights, similarity, type Weights } from './similarity.ts';

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
  readonly features: Map<number, ReadonlySet<string>>;
  readonly weights: Weights;
  readonly postings: Map<string, number[]>;
  readonly groupOf: Map<number, number>;
  readonly groups: ClaimUnit[][];
}

function candidates(state: AlignState, unit: ClaimUnit, options: FactsOptions): number[] {
  const tally = new Map<number, number>();
  for (const f of state.features.get(unit.index) ?? []) {
    if (state.weights.frequency(f) > options.maxPostings) continue;
    const w = state.weights.weight(f);
    for (const j of state.postings.get(f) ?? []) tally.set(j, (tally.get(j) ?? 0) + w);
  }
  return [...tally.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, options.maxCandidates)
    .map(([j]) => j);
}

function scoreOf(state: AlignState, a: number, b: number): { score: number; sharedTerms: number } {
  return similarity(state.features.get(a) ?? new Set(), state.features.get(b) ?? new Set(), state.weights);
}

function bestGroup(state: AlignState, unit: ClaimUnit, options: FactsOptions): number | null {
  let best: { group: number; score: number } | null = null;
  for (const j of candidates(state, unit, options)) {
    const scored = scoreOf(state, unit.index, j);
    if (scored.score < options.alignThreshold || scored.sharedTerms < 1) continue;
    if (best === null || scored.score > best.score) best = { group: state.groupOf.get(j) ?? -1, score: scored.score };
  }
  if (best === null || best.group < 0) return null;
  const sample = (state.groups[best.group] ?? []).slice(0, GROUP_SAMPLE);
  const mean = sample.reduce((sum, m) => sum + scoreOf(state, unit.index, m.index).score, 0) / Math.max(1, sample.length);
  return mean >= options.alignThreshold * options.groupAgreement ? best.group : null;
}

/** Groups the claim units (in the order given) into facts. */
export function alignUnits(units: readonly ClaimUnit[], options: FactsOptions): Alignment {
  const claims = units.filter((u) => isClaim(u, options));
  const lists = claims.map(featuresOf);
  const state: AlignState = {
    features: new Map(claims.map((u, i) => [u.index, new Set(lists[i])])),
    weights: idfWeights(lists),
    postings: new Map(),
    groupOf: new Map(),
    groups: [],
  };
  for (const unit of claims) {
    const group = bestGroup(state, unit, options);
    const target = group ?? state.groups.push([]) - 1;
    state.groups[target]?.push(unit);
    state.groupOf.set(unit.index, target);
    for (const f of state.features.get(unit.index) ?? []) {
      if (state.weights.frequency(f) > options.maxPostings) continue;
      const list = state.postings.get(f);
      if (list) list.push(unit.index);
      else state.postings.set(f, [unit.index]);
    }
  }
  return { groups: state.groups, score: (a, b) => scoreOf(state, a.index, b.index).score };
}
