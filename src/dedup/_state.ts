/**
 * The streaming dedup index: what is kept of every article seen so far, keyed by its arrival
 * ordinal. Private to the dedup stage; callers hold it as an opaque `DedupIndex`. An article
 * that left the window (see `window.ts`) keeps only its id, wire tag and root.
 */
import type { DedupOptions } from './options.ts';
import { minhashSeeds } from './minhash.ts';
import { createOrdinalIndex, postCapped, type OrdinalIndex } from './ordinal-index.ts';

export interface IndexedArticle {
  readonly id: string;
  readonly ordinal: number;
  /** Sorted unique shingle hashes (empty once the article left the window). */
  shingles: Uint32Array;
  readonly wire: string | null;
  /** The first-seen article this one duplicates (itself when original). */
  readonly root: number;
  /** Publication day (days since epoch), or null when undated. */
  readonly day: number | null;
  /** LSH band keys it is posted under (empty when none, or once it left the window). */
  bandKeys: readonly number[];
  /** Exact-text key it holds in `exact`, or null (a copy, an empty text, or gone). */
  exactKey: string | null;
}

export interface DedupState {
  readonly options: DedupOptions;
  readonly seeds: Uint32Array;
  readonly articles: IndexedArticle[];
  /** Hash of the normalised text → ordinal of the first article with that text. */
  readonly exact: Map<string, number>;
  /** LSH band key → ordinals. */
  readonly buckets: OrdinalIndex;
  /** Sampled shingle (see `fingerprintKey`) → ordinals (for containment); a too-common fingerprint is retired. */
  readonly fingerprints: OrdinalIndex;
  /** Ordinals still in the index, ascending. */
  live: number[];
  /** Newest publication day seen. */
  newestDay: number | null;
  /** Articles seen at the last sweep (see `window.ts`). */
  sweptAt: number;
}

export function createState(options: DedupOptions): DedupState {
  if (options.bands < 1 || options.rowsPerBand < 1) throw new RangeError('dedup: bands and rowsPerBand must be ≥ 1');
  return {
    options,
    seeds: minhashSeeds(options.bands * options.rowsPerBand),
    articles: [],
    exact: new Map(),
    buckets: createOrdinalIndex(),
    fingerprints: createOrdinalIndex(),
    live: [],
    newestDay: null,
    sweptAt: 0,
  };
}

/** Adds an ordinal under a fingerprint; retires the fingerprint once it is too common to be telling. */
export function postFingerprint(state: DedupState, key: number, ordinal: number): void {
  postCapped(state.fingerprints, key, ordinal, state.options.maxFingerprintPostings);
}

/** True when a shingle hash is one of the sampled fingerprints. */
export function isFingerprint(shingle: number, sampling: number): boolean {
  return sampling <= 1 || shingle % sampling === 0;
}

/** The keys of a shingle set's sampled fingerprints, in order. */
export function fingerprintKeys(shingles: Uint32Array, sampling: number): number[] {
  const keys: number[] = [];
  for (const shingle of shingles) if (isFingerprint(shingle, sampling)) keys.push(fingerprintKey(shingle, sampling));
  return keys;
}

/**
 * A fingerprint's key: the shingle hash divided by the sampling (exact: it is a multiple).
 */
export function fingerprintKey(shingle: number, sampling: number): number {
  return sampling <= 1 ? shingle : shingle / sampling;
}
