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

/**
 * The ordinals posted under one key: a single ordinal as a plain number, several as an array.
 * Most band keys and fingerprints belong to one article, and a dense window holds hundreds of
 * thousands of them: one array each would be that many heap objects for every garbage
 * collection to visit.
 */
export type Ordinals = number | number[];

export interface DedupState {
  readonly options: DedupOptions;
  readonly seeds: Uint32Array;
  readonly articles: IndexedArticle[];
  /** Hash of the normalised text → ordinal of the first article with that text. */
  readonly exact: Map<string, number>;
  /** LSH band key → ordinals. */
  readonly buckets: Map<number, Ordinals>;
  /** Sampled shingle (see `fingerprintKey`) → ordinals (for containment); null: a retired, too-common fingerprint. */
  readonly fingerprints: Map<number, Ordinals | null>;
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
export function post(map: Map<number, Ordinals>, key: number, ordinal: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, ordinal);
  else if (typeof list === 'number') map.set(key, [list, ordinal]);
  else list.push(ordinal);
}

/** Takes an ordinal out of a posting list, dropping the list when it empties. */
export function unpost(map: Map<number, Ordinals | null>, key: number, ordinal: number): void {
  const list = map.get(key);
  if (list === undefined || list === null) return;
  if (typeof list === 'number') {
    if (list === ordinal) map.delete(key);
    return;
  }
  const at = list.indexOf(ordinal);
  if (at < 0) return;
  if (list.length === 2) map.set(key, list[1 - at]!);
  else list.splice(at, 1);
}

/** Calls `visit` with each ordinal of a posting list. */
export function forEachOrdinal(list: Ordinals, visit: (ordinal: number) => void): void {
  if (typeof list === 'number') visit(list);
  else for (const ordinal of list) visit(ordinal);
}

/** Adds an ordinal under a fingerprint; retires the fingerprint once it is too common to be telling. */
export function postFingerprint(state: DedupState, key: number, ordinal: number): void {
  const list = state.fingerprints.get(key);
  if (list === null) return;
  const size = list === undefined ? 0 : typeof list === 'number' ? 1 : list.length;
  if (size >= state.options.maxFingerprintPostings) state.fingerprints.set(key, null);
  else post(state.fingerprints as Map<number, Ordinals>, key, ordinal);
}

/** True when a shingle hash is one of the sampled fingerprints. */
export function isFingerprint(shingle: number, sampling: number): boolean {
  return sampling <= 1 || shingle % sampling === 0;
}

/**
 * A fingerprint's key: the shingle hash divided by the sampling (exact: it is a multiple), so
 * with the default sampling it is a small integer, which a Map keeps without boxing.
 */
export function fingerprintKey(shingle: number, sampling: number): number {
  return sampling <= 1 ? shingle : shingle / sampling;
}
