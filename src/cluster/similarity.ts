/**
 * How well an article (or a story) fits a story: TF-IDF cosine of words against the story
 * centroid, blended with the cosine of shared named entities, then damped by a Gaussian of
 * the date gap between the article and the story's date range.
 */
import type { ClusterOptions } from './options.ts';
import { cosine, type WeightedVector } from './vocabulary.ts';

export interface Profile {
  readonly words: WeightedVector;
  readonly entities: WeightedVector;
  readonly years: WeightedVector;
}

export type SimilarityOptions = Pick<ClusterOptions, 'entityWeight' | 'yearWeight' | 'timeSigmaDays' | 'timeWeight'>;

/**
 * Words and entities blended (entities only when both sides have some), then lowered by up to
 * `yearWeight` when both sides name years and share few of them. A shared year only avoids the
 * penalty: it never raises the score, as unrelated reports of one year share it too.
 */
export function contentSimilarity(a: Profile, b: Profile, options: SimilarityOptions): number {
  return blendSimilarity({
    words: cosine(a.words, b.words),
    entities: a.entities.norm > 0 && b.entities.norm > 0 ? cosine(a.entities, b.entities) : null,
    years: a.years.norm > 0 && b.years.norm > 0 ? cosine(a.years, b.years) : null,
  }, options);
}

/** The cosines of each kind of term; null where one side has no terms of that kind. */
export interface Cosines {
  readonly words: number;
  readonly entities: number | null;
  readonly years: number | null;
}

/** Blends the cosines as `contentSimilarity` does. */
export function blendSimilarity(cosines: Cosines, options: SimilarityOptions): number {
  let total = cosines.words;
  if (cosines.entities !== null) total = (1 - options.entityWeight) * total + options.entityWeight * cosines.entities;
  if (cosines.years !== null) total *= 1 - options.yearWeight + options.yearWeight * cosines.years;
  return total;
}

/** Multiplier in [1 - timeWeight, 1] for a date gap in days (1 when undated). */
export function timeFactor(gapDays: number | null, options: SimilarityOptions): number {
  if (gapDays === null || options.timeWeight <= 0) return 1;
  const sigma = Math.max(options.timeSigmaDays, 1e-6);
  const decay = Math.exp(-(gapDays * gapDays) / (2 * sigma * sigma));
  return 1 - options.timeWeight + options.timeWeight * decay;
}

export function similarity(a: Profile, b: Profile, gapDays: number | null, options: SimilarityOptions): number {
  return contentSimilarity(a, b, options) * timeFactor(gapDays, options);
}

/** Days since 1970-01-01 of a `YYYY-MM-DD…` date, or null when absent or unreadable. */
export function dayNumber(date: string | null): number | null {
  if (date === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (match === null) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(ms) ? null : Math.floor(ms / 86_400_000);
}
