/**
 * The candidate lookup of alignment: an inverted index over the units' interned features, built
 * once in compressed form (one offsets array, one items array: no per-unit lists), and a top-k
 * pick of the earlier units that share the most feature weight with a unit. Scratch arrays are
 * reused from one lookup to the next, so a lookup allocates only its result.
 *
 * A feature common to many units (in a big story every word of a much-repeated sentence is) is
 * still a way to find candidates, but a lookup reads only its `maxPostings` latest postings before
 * the unit: the cost per lookup stays bounded, and units that repeat each other are still found.
 */
import type { FeatureSpace } from './similarity.ts';

export interface CandidateIndex {
  /** Feature id → start of its postings in `items`; `offsets[f + 1]` is the end. */
  readonly offsets: Int32Array;
  /** Unit positions holding each feature, ascending. */
  readonly items: Int32Array;
  /** Summed weight per unit for the lookup in progress (zeroed after each lookup). */
  readonly tally: Float64Array;
  /** Units touched by the lookup in progress. */
  readonly touched: Int32Array;
  /** The best candidates of the lookup in progress, best first, and their weights. */
  readonly best: Int32Array;
  readonly bestWeight: Float64Array;
  /** Postings a lookup reads per feature at most: the latest ones before the unit. */
  readonly maxPostings: number;
  /**
   * The lookup in progress: how many candidates it found (in `best`), and the summed weight of the
   * unit's features whose older postings it did not read. A candidate's true shared weight is at
   * most its tally plus that (exactly its tally when nothing was left unread).
   */
  readonly found: { size: number; unreadWeight: number };
}

/** Indexes every feature of every unit. */
export function candidateIndex(space: FeatureSpace, maxPostings: number, maxCandidates: number): CandidateIndex {
  const features = space.weights.length;
  const offsets = new Int32Array(features + 1);
  for (const vector of space.vectors) {
    for (const f of vector.ids) offsets[f + 1] = (offsets[f + 1] ?? 0) + 1;
  }
  for (let f = 0; f < features; f += 1) offsets[f + 1] = (offsets[f + 1] ?? 0) + (offsets[f] ?? 0);
  const items = new Int32Array(offsets[features] ?? 0);
  const fill = offsets.slice(0, features);
  space.vectors.forEach((vector, at) => {
    for (const f of vector.ids) {
      items[fill[f] ?? 0] = at;
      fill[f] = (fill[f] ?? 0) + 1;
    }
  });
  const units = space.vectors.length;
  return {
    offsets, items, tally: new Float64Array(units), touched: new Int32Array(units),
    best: new Int32Array(maxCandidates), bestWeight: new Float64Array(maxCandidates), maxPostings,
    found: { size: 0, unreadWeight: 0 },
  };
}

/** First position in `items[start, end)` (ascending) holding a unit at or after `at`. */
function firstAtOrAfter(items: Int32Array, start: number, end: number, at: number): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keeps `j` among the best `size` candidates (weight descending, then position ascending); returns the new size. */
function keep(index: CandidateIndex, size: number, j: number, weight: number): number {
  const { best, bestWeight } = index;
  const capacity = best.length;
  if (size === capacity) {
    const last = bestWeight[capacity - 1] ?? 0;
    if (weight < last || (weight === last && j > (best[capacity - 1] ?? 0))) return size;
  }
  let i = size < capacity ? size : capacity - 1;
  while (i > 0) {
    const w = bestWeight[i - 1] ?? 0;
    if (w > weight || (w === weight && (best[i - 1] ?? 0) < j)) break;
    best[i] = best[i - 1] ?? 0;
    bestWeight[i] = w;
    i -= 1;
  }
  best[i] = j;
  bestWeight[i] = weight;
  return size < capacity ? size + 1 : size;
}

/**
 * The earlier units (positions below `at`) that share the most feature weight with unit `at`, best
 * first: `index.best` and `index.bestWeight` up to `index.found.size`, valid until the next lookup.
 */
export function candidatesOf(index: CandidateIndex, space: FeatureSpace, at: number): number {
  const { offsets, items, tally, touched, found } = index;
  found.size = 0;
  found.unreadWeight = 0;
  const ids = space.vectors[at]?.ids;
  if (ids === undefined) return 0;
  let count = 0;
  for (const f of ids) {
    const w = space.weights[f] ?? 0;
    const start = offsets[f] ?? 0;
    const end = offsets[f + 1] ?? 0;
    // Postings before the unit, of which only the latest `maxPostings` for a common feature.
    const before = end - start > index.maxPostings ? firstAtOrAfter(items, start, end, at) : end;
    if (before - start > index.maxPostings) found.unreadWeight += w;
    for (let p = Math.max(start, before - index.maxPostings); p < before; p += 1) {
      const j = items[p] ?? 0;
      if (j >= at) break;
      if (tally[j] === 0) touched[count++] = j;
      tally[j] = (tally[j] ?? 0) + w;
    }
  }
  let size = 0;
  for (let k = 0; k < count; k += 1) {
    const j = touched[k] ?? 0;
    size = keep(index, size, j, tally[j] ?? 0);
    tally[j] = 0;
  }
  found.size = size;
  return size;
}
