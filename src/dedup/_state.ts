/**
 * The streaming dedup index: what is kept of every article seen so far, keyed by its arrival
 * ordinal. Private to the dedup stage; callers hold it as an opaque `DedupIndex`. An article
 * that left the window (see `window.ts`) keeps only its id, wire tag and root.
 */
import type { DedupOptions } from './options.ts';
import { minhashSeeds } from './minhash.ts';

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
  readonly buckets: Map<number, number[]>;
  /** Sampled shingle → ordinals (for containment); a null entry is a retired, too-common fingerprint. */
  readonly fingerprints: Map<number, number[] | null>;
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
    buckets: new Map(),
    fingerprints: new Map(),
    live: [],
    newestDay: null,
    sweptAt: 0,
  };
}

/** Appends an ordinal to a posting list, creating it on first use. */
export function post(map: Map<number, number[]>, key: number, ordinal: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [ordinal]);
  else list.push(ordinal);
}

/** Takes an ordinal out of a posting list, dropping the list when it empties. */
export function unpost(map: Map<number, number[] | null>, key: number, ordinal: number): void {
  const list = map.get(key);
  if (list === undefined || list === null) return;
  const at = list.indexOf(ordinal);
  if (at < 0) return;
  if (list.length === 1) map.delete(key);
  else list.splice(at, 1);
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
