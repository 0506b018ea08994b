/**
 * Candidate earlier articles for one new article, found only through the LSH band buckets
 * (likely near-duplicates) and the sampled-fingerprint postings (likely shared passages):
 * never all pairs. Ranked by band hits, then shared fingerprints, then arrival order.
 */
import type { DedupState } from './_state.ts';
import { forEachPosted, touchKeys } from './ordinal-index.ts';

export interface CandidateHits {
  readonly ordinal: number;
  readonly bandHits: number;
  readonly fingerprintHits: number;
}

interface Tally {
  readonly ordinal: number;
  bandHits: number;
  fingerprintHits: number;
}

/** Up to `options.maxCandidates` earlier ordinals sharing a band bucket or a fingerprint (keys from `fingerprintKeys`). */
export function findCandidates(state: DedupState, bandKeys: readonly number[], prints: readonly number[]): CandidateHits[] {
  const hits = new Map<number, Tally>();
  const countBand = (ordinal: number): void => void tallyOf(hits, ordinal).bandHits++;
  const countFingerprint = (ordinal: number): void => void tallyOf(hits, ordinal).fingerprintHits++;
  touchKeys(state.buckets, bandKeys);
  touchKeys(state.fingerprints, prints);
  for (const key of bandKeys) forEachPosted(state.buckets, key, countBand);
  for (const key of prints) forEachPosted(state.fingerprints, key, countFingerprint);
  const ranked = [...hits.values()];
  ranked.sort((a, b) => b.bandHits - a.bandHits || b.fingerprintHits - a.fingerprintHits || a.ordinal - b.ordinal);
  return ranked.length > state.options.maxCandidates ? ranked.slice(0, state.options.maxCandidates) : ranked;
}

function tallyOf(hits: Map<number, Tally>, ordinal: number): Tally {
  let tally = hits.get(ordinal);
  if (tally === undefined) {
    tally = { ordinal, bandHits: 0, fingerprintHits: 0 };
    hits.set(ordinal, tally);
  }
  return tally;
}
