/**
 * The stream's vocabulary: every term (word, `@entity`, `#year`) interned once to a small
 * numeric id, with incremental document frequencies kept in a typed array indexed by id. Every
 * article adds its distinct terms once, so IDF reflects the stream seen so far:
 * IDF = ln(1 + N / df) (a term seen nowhere else counts as df 1).
 *
 * A stream's vocabulary would grow without end (names, rare words); `forgetTerms` lets the
 * streaming clusterer drop the terms no live story holds that no recent article used, and reuse
 * their ids, so it stays the size of the window. A forgotten term that comes back starts again
 * at df 0, as if new (it had left the window).
 *
 * The string-keyed vectors (`WeightedVector`, `weigh`, `cosine`, `topTerms`) serve batch code
 * and tests; the streaming hot path uses the interned vectors of `term-vector.ts`.
 */
import type { TermCounts } from './terms.ts';

export interface Vocabulary {
  documents: number;
  /** Term → id (ids are dense, from 0: new terms take forgotten ids first, else the next one). */
  readonly ids: Map<string, number>;
  /** Id → term ('' for a forgotten id not yet reused). */
  readonly terms: string[];
  /** Id → document frequency (grown by doubling; read through `idfOf`). */
  df: Uint32Array;
  /** Id → `documents` when an article last held the term (0: never counted). */
  seen: Uint32Array;
  /** Forgotten ids, the smallest last (taken first). */
  readonly free: number[];
}

export function createVocabulary(): Vocabulary {
  return { documents: 0, ids: new Map(), terms: [], df: new Uint32Array(1024), seen: new Uint32Array(1024), free: [] };
}

/** The id of a term, interning it on first sight. */
export function termId(vocabulary: Vocabulary, term: string): number {
  const known = vocabulary.ids.get(term);
  if (known !== undefined) return known;
  const reused = vocabulary.free.pop();
  const id = reused ?? vocabulary.terms.length;
  vocabulary.ids.set(term, id);
  if (reused === undefined) vocabulary.terms.push(term);
  else vocabulary.terms[id] = term;
  if (id >= vocabulary.df.length) {
    const df = new Uint32Array(vocabulary.df.length * 2);
    df.set(vocabulary.df);
    vocabulary.df = df;
    const seen = new Uint32Array(df.length);
    seen.set(vocabulary.seen);
    vocabulary.seen = seen;
  }
  return id;
}

/**
 * Forgets every term not marked in `inUse` (indexed by id) that no document counted since
 * `documents` was `before`: its id, df and string go, and the id is reused. Returns how many.
 */
export function forgetTerms(vocabulary: Vocabulary, inUse: Uint8Array, before: number): number {
  const { terms, ids, df, seen, free } = vocabulary;
  let forgotten = 0;
  // Descending, so that the smallest ids are reused first (the id space stays compact).
  for (let id = terms.length - 1; id >= 0; id--) {
    const term = terms[id]!;
    if (term === '' || inUse[id] === 1 || seen[id]! >= before) continue;
    ids.delete(term);
    terms[id] = '';
    df[id] = 0;
    seen[id] = 0;
    free.push(id);
    forgotten++;
  }
  return forgotten;
}

/** Counts one more document holding each of these (distinct) terms. */
export function addDocument(vocabulary: Vocabulary, terms: Iterable<string>): void {
  const documents = ++vocabulary.documents;
  for (const term of terms) {
    const id = termId(vocabulary, term);
    vocabulary.df[id]!++;
    vocabulary.seen[id] = documents;
  }
}

/** Counts one more document holding each of these interned terms (distinct across the lists). */
export function addDocumentIds(vocabulary: Vocabulary, ...idLists: readonly Uint32Array[]): void {
  const documents = ++vocabulary.documents;
  const { df, seen } = vocabulary;
  for (const ids of idLists) {
    for (let i = 0; i < ids.length; i++) {
      df[ids[i]!]!++;
      seen[ids[i]!] = documents;
    }
  }
}

/** IDF of an interned term. */
export function idfOf(vocabulary: Vocabulary, id: number): number {
  const df = Math.max(1, vocabulary.df[id] ?? 0);
  return Math.log(1 + Math.max(1, vocabulary.documents) / df);
}

export function idf(vocabulary: Vocabulary, term: string): number {
  const id = vocabulary.ids.get(term);
  const df = id === undefined ? 1 : Math.max(1, vocabulary.df[id]!);
  return Math.log(1 + Math.max(1, vocabulary.documents) / df);
}

/** Dampened counts × IDF, as a sparse vector keyed by term, with its L2 norm. */
export interface WeightedVector {
  readonly weights: Map<string, number>;
  readonly norm: number;
}

export function weigh(vocabulary: Vocabulary, counts: TermCounts): WeightedVector {
  const weights = new Map<string, number>();
  let sum = 0;
  for (const [term, count] of counts) {
    const w = count * idf(vocabulary, term);
    if (w <= 0) continue;
    weights.set(term, w);
    sum += w * w;
  }
  return { weights, norm: Math.sqrt(sum) };
}

/** Cosine of two weighted vectors (iterates the smaller). */
export function cosine(a: WeightedVector, b: WeightedVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const small = a.weights.size <= b.weights.size ? a : b;
  const large = small === a ? b : a;
  let dot = 0;
  for (const [term, w] of small.weights) {
    const other = large.weights.get(term);
    if (other !== undefined) dot += w * other;
  }
  return dot / (a.norm * b.norm);
}

/** The `limit` heaviest terms of a vector, heaviest first (ties by term, for determinism). */
export function topTerms(vector: WeightedVector, limit: number): string[] {
  return [...vector.weights]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .slice(0, limit)
    .map(([term]) => term);
}
