/**
 * Incremental document frequencies: every article adds its distinct terms once, so IDF
 * reflects the stream seen so far. IDF = ln(1 + N / df) (a term seen nowhere else counts as
 * df 1).
 */
import type { TermCounts } from './terms.ts';

export interface Vocabulary {
  documents: number;
  readonly df: Map<string, number>;
}

export function createVocabulary(): Vocabulary {
  return { documents: 0, df: new Map() };
}

/** Counts one more document holding each of these terms. */
export function addDocument(vocabulary: Vocabulary, terms: Iterable<string>): void {
  vocabulary.documents++;
  for (const term of terms) vocabulary.df.set(term, (vocabulary.df.get(term) ?? 0) + 1);
}

export function idf(vocabulary: Vocabulary, term: string): number {
  const df = Math.max(1, vocabulary.df.get(term) ?? 0);
  return Math.log(1 + Math.max(1, vocabulary.documents) / df);
}

/** Dampened counts × IDF, as a sparse vector with its L2 norm. */
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
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
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
