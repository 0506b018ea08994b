/**
 * The streaming dedup index: what is kept of every article seen so far, keyed by its arrival
 * ordinal. Private to the dedup stage; callers hold it as an opaque `DedupIndex`.
 */
import type { DedupOptions } from './options.ts';
import { minhashSeeds } from './minhash.ts';

export interface IndexedArticle {
  readonly id: string;
  readonly ordinal: number;
  /** Sorted unique shingle hashes. */
  readonly shingles: Uint32Array;
  readonly wire: string | null;
  /** The first-seen article this one duplicates (itself when original). */
  readonly root: number;
}

export interface DedupState {
  readonly options: DedupOptions;
  readonly seeds: Uint32Array;
  readonly articles: IndexedArticle[];
  /** Hash of the normalised text → ordinal of the first article with that text. */
  readonly exact: Map<string, number>;
  /** LSH band key → ordinals. */
  readonly buckets: Map<number, number[]>;
  /** Sampled shingle → ordinals (for containment); a null entry is a retired, too-common fingerprint. */
  readonly fingerprints: Map<number, number[] | null>;
}

export function createState(options: DedupOptions): DedupState {
  if (options.bands < 1 || options.rowsPerBand < 1) throw new RangeError('dedup: bands and rowsPerBand must be ≥ 1');
  return {
    options,
    seeds: minhashSeeds(options.bands * options.rowsPerBand),
    articles: [],
    exact: new Map(),
    buckets: new Map(),
    fingerprints: new Map(),
  };
}

/** Appends an ordinal to a posting list, creating it on first use. */
export function post(map: Map<number, number[]>, key: number, ordinal: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [ordinal]);
  else list.push(ordinal);
}

/** Adds an ordinal under a fingerprint; retires the fingerprint once it is too common to be telling. */
export function postFingerprint(state: DedupState, key: number, ordinal: number): void {
  const list = state.fingerprints.get(key);
  if (list === null) return;
  if (list === undefined) state.fingerprints.set(key, [ordinal]);
  else if (list.length >= state.options.maxFingerprintPostings) state.fingerprints.set(key, null);
  else list.push(ordinal);
}

/** True when a shingle hash is one of the sampled fingerprints. */
export function isFingerprint(shingle: number, sampling: number): boolean {
  return sampling <= 1 || shingle % sampling === 0;
}
