/**
 * How one article relates to an earlier one, from their exact shingle overlap:
 * - `duplicate`: Jaccard ≥ duplicateThreshold; or both sides ≥ rewriteContainment (a light
 *   rewrite); or ≥ trimmedCopyContainment of the new article inside the earlier one (a trimmed reprint);
 *   or the same wire tag and Jaccard ≥ wireDuplicateThreshold (one agency story, two outlets);
 * - `derived`: not a duplicate, but ≥ derivedContainment of either article's shingles shared
 *   (an article built from another's passages plus new text);
 * - `distinct` otherwise.
 */
import type { DedupOptions } from './options.ts';
import { sharedCount } from './shingles.ts';

export type Relation = 'duplicate' | 'derived' | 'distinct';

export interface Overlap {
  readonly relation: Relation;
  readonly jaccard: number;
  /** Share of the new article's shingles found in the earlier one. */
  readonly containedInEarlier: number;
  /** Share of the earlier article's shingles found in the new one. */
  readonly earlierContained: number;
  readonly shared: number;
  readonly sameWire: boolean;
}

export interface OverlapInput {
  readonly shingles: Uint32Array;
  readonly wire: string | null;
}

export function measureOverlap(next: OverlapInput, earlier: OverlapInput, options: DedupOptions): Overlap {
  const shared = sharedCount(next.shingles, earlier.shingles);
  const union = next.shingles.length + earlier.shingles.length - shared;
  const jaccard = union === 0 ? 0 : shared / union;
  const containedInEarlier = next.shingles.length === 0 ? 0 : shared / next.shingles.length;
  const earlierContained = earlier.shingles.length === 0 ? 0 : shared / earlier.shingles.length;
  const sameWire = next.wire !== null && next.wire === earlier.wire;
  const measures = { jaccard, containedInEarlier, earlierContained, shared, sameWire };
  return { relation: relate(measures, options), ...measures };
}

function relate(m: Omit<Overlap, 'relation'>, options: DedupOptions): Relation {
  if (m.shared === 0) return 'distinct';
  const enough = m.shared >= options.minSharedShingles;
  if (m.jaccard >= options.duplicateThreshold) return 'duplicate';
  if (m.sameWire && m.jaccard >= options.wireDuplicateThreshold) return 'duplicate';
  if (enough && Math.min(m.containedInEarlier, m.earlierContained) >= options.rewriteContainment) return 'duplicate';
  if (enough && m.containedInEarlier >= options.trimmedCopyContainment) return 'duplicate';
  if (enough && Math.max(m.containedInEarlier, m.earlierContained) >= options.derivedContainment) return 'derived';
  return 'distinct';
}

/** Orders overlaps best first: duplicates, then derived, then by strength. */
export function compareOverlaps(a: Overlap, b: Overlap): number {
  const rank = (o: Overlap): number => (o.relation === 'duplicate' ? 0 : o.relation === 'derived' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a.relation === 'derived') {
    return Math.max(b.containedInEarlier, b.earlierContained) - Math.max(a.containedInEarlier, a.earlierContained);
  }
  return b.jaccard - a.jaccard;
}
