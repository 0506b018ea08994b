/**
 * Candidate earlier articles for one new article, found only through the LSH band buckets
 * (likely near-duplicates) and the sampled-fingerprint postings (likely shared passages):
 * never all pairs. Ranked by band hits, then shared fingerprints, then arrival order.
 */
import type { DedupState } from './_state.ts';
import { isFingerprint } from './_state.ts';

export interface CandidateHits {
  readonly ordinal: number;
  readonly bandHits: number;
  readonly fingerprintHits: number;
}

/** Up to `options.maxCandidates` earlier ordinals sharing a band bucket or a fingerprint. */
export function findCandidates(state: DedupState, bandKeys: readonly number[], shingles: Uint32Array): CandidateHits[] {
  const bands = new Map<number, number>();
  for (const key of bandKeys) {
    for (const ordinal of state.buckets.get(key) ?? []) bands.set(ordinal, (bands.get(ordinal) ?? 0) + 1);
  }
  const prints = new Map<number, number>();
  const sampling = state.options.fingerprintSampling;
  for (const shingle of shingles) {
    if (!isFingerprint(shingle, sampling)) continue;
    for (const ordinal of state.fingerprints.get(shingle) ?? []) prints.set(ordinal, (prints.get(ordinal) ?? 0) + 1);
  }
  const ordinals = new Set([...bands.keys(), ...prints.keys()]);
  const hits = [...ordinals].map((ordinal) => ({
    ordinal,
    bandHits: bands.get(ordinal) ?? 0,
    fingerprintHits: prints.get(ordinal) ?? 0,
  }));
  hits.sort(
    (a, b) => b.bandHits - a.bandHits || b.fingerprintHits - a.fingerprintHits || a.ordinal - b.ordinal,
  );
  return hits.slice(0, state.options.maxCandidates);
}
