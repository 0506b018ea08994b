/**
 * Dedup stage: exact and near-duplicate articles, streaming.
 *
 * Each article is shingled (word n-grams of its normalised body), MinHash-signed and put in
 * banded LSH buckets plus a sampled-fingerprint index; a new article is compared exactly only
 * with the few earlier articles these indexes return. Duplicates point to the first-seen
 * article of their group; articles built from another's passages point to it (or to the
 * original it copies) as `derivedFrom`. Only articles within `windowDays` of the newest date
 * (and the most recent undated ones) stay in the index (see `window.ts`): memory follows the
 * window, not the stream.
 *
 * Diagnostics (source `dedup`, severity info):
 * - `exact-duplicate`: same normalised text as an earlier article;
 * - `near-duplicate`: a reprint or light rewrite of an earlier article;
 * - `wire-copy`: a near-duplicate carrying the same wire tag as its original;
 * - `derived-copy`: built largely from an earlier article's passages.
 */
import type { AnnotatedArticle, Diagnostic } from '../types.ts';
import { info } from '../diagnostics.ts';
import { contentId } from '../shared/hash.ts';
import { defaultDedupOptions, type DedupOptions } from './options.ts';
import { createState, fingerprintKeys, postFingerprint, type DedupState } from './_state.ts';
import { post } from './ordinal-index.ts';
import { normalizedWords, shingleHashes } from './shingles.ts';
import { bandKeys, minhashSignature } from './minhash.ts';
import { findCandidates } from './candidates.ts';
import { compareOverlaps, measureOverlap, type Overlap } from './overlap.ts';
import { wireTag } from './wire.ts';
import { dayOf, emptyShingles, noteDay, sweepStale } from './window.ts';

export type { DedupOptions } from './options.ts';
export { defaultDedupOptions } from './options.ts';

export type DedupInput = Pick<AnnotatedArticle, 'id' | 'text' | 'title' | 'source' | 'wire' | 'publishedAt'>;

export interface DedupVerdict {
  /** The first-seen article this one nearly duplicates, or null. */
  readonly duplicateOf: string | null;
  /** The earlier article this one is largely built from (when not a duplicate), or null. */
  readonly derivedFrom: string | null;
  /** Jaccard similarity of shingles to the closest earlier article (0 when none shares any). */
  readonly similarity: number;
  readonly diagnostics: readonly Diagnostic[];
}

/** The streaming index; pass it back to `addToDedupIndex`. Opaque to callers. */
export type DedupIndex = DedupState;

export function createDedupIndex(options: Partial<DedupOptions> = {}): DedupIndex {
  return createState({ ...defaultDedupOptions, ...options });
}

/** Adds one article to the index and says whether it duplicates or derives from an earlier one. */
export function addToDedupIndex(index: DedupIndex, article: DedupInput): DedupVerdict {
  sweepStale(index);
  const words = normalizedWords(article.text);
  const exactKey = contentId(words.join(' '));
  const ordinal = index.articles.length;
  const wire = wireTag(article);
  const day = dayOf(article.publishedAt);
  noteDay(index, day);
  const original = words.length === 0 ? undefined : index.exact.get(exactKey);
  if (original !== undefined) {
    const root = index.articles[original]!.root;
    index.articles.push({ id: article.id, ordinal, shingles: emptyShingles(), wire, root, day, bandKeys: [], exactKey: null });
    const rootId = index.articles[root]!.id;
    return { duplicateOf: rootId, derivedFrom: null, similarity: 1, diagnostics: [exactDiagnostic(rootId)] };
  }
  const shingles = shingleHashes(words, index.options.shingleWords);
  const keys = bandKeys(minhashSignature(shingles, index.seeds), index.options.bands, index.options.rowsPerBand);
  const prints = fingerprintKeys(shingles, index.options.fingerprintSampling);
  const best = bestOverlap(index, { keys, prints }, { shingles, wire });
  const root = best?.overlap.relation === 'duplicate' ? index.articles[best.ordinal]!.root : ordinal;
  const held = words.length > 0 ? exactKey : null;
  index.articles.push({ id: article.id, ordinal, shingles, wire, root, day, bandKeys: keys, exactKey: held });
  if (held !== null) index.exact.set(held, ordinal);
  register(index, ordinal, { keys, prints });
  index.live.push(ordinal);
  return verdictFor(index, best);
}

/**
 * Runs every article through one fresh index, in order; a repeated id keeps its first verdict.
 * A batch is held in memory anyway and its order is arbitrary (files by name), so unless the
 * caller says otherwise every article stays in the index (`keepRecentArticles` = the batch).
 */
export function findDuplicates(
  articles: readonly DedupInput[],
  options: Partial<DedupOptions> = {},
): Map<string, DedupVerdict> {
  const index = createDedupIndex({ keepRecentArticles: articles.length, ...options });
  const verdicts = new Map<string, DedupVerdict>();
  for (const article of articles) {
    if (verdicts.has(article.id)) continue;
    verdicts.set(article.id, addToDedupIndex(index, article));
  }
  return verdicts;
}

interface BestOverlap {
  readonly ordinal: number;
  readonly overlap: Overlap;
}

/** Where an article is posted: its LSH band keys and its sampled fingerprints' keys. */
interface PostingKeys {
  readonly keys: readonly number[];
  readonly prints: readonly number[];
}

function bestOverlap(index: DedupState, posting: PostingKeys, next: { shingles: Uint32Array; wire: string | null }): BestOverlap | null {
  let best: BestOverlap | null = null;
  for (const hit of findCandidates(index, posting.keys, posting.prints)) {
    const overlap = measureOverlap(next, index.articles[hit.ordinal]!, index.options);
    if (overlap.shared === 0) continue;
    if (best === null || compareOverlaps(overlap, best.overlap) < 0) best = { ordinal: hit.ordinal, overlap };
  }
  return best;
}

function register(index: DedupState, ordinal: number, { keys, prints }: PostingKeys): void {
  for (const key of keys) post(index.buckets, key, ordinal);
  for (const key of prints) postFingerprint(index, key, ordinal);
}

function verdictFor(index: DedupState, best: BestOverlap | null): DedupVerdict {
  if (best === null) return { duplicateOf: null, derivedFrom: null, similarity: 0, diagnostics: [] };
  const { overlap } = best;
  const similarity = round(overlap.jaccard);
  if (overlap.relation === 'duplicate') {
    const rootId = index.articles[index.articles[best.ordinal]!.root]!.id;
    return { duplicateOf: rootId, derivedFrom: null, similarity, diagnostics: [nearDiagnostic(rootId, overlap)] };
  }
  if (overlap.relation === 'derived') {
    const fromId = index.articles[index.articles[best.ordinal]!.root]!.id;
    return { duplicateOf: null, derivedFrom: fromId, similarity, diagnostics: [derivedDiagnostic(fromId, overlap)] };
  }
  return { duplicateOf: null, derivedFrom: null, similarity, diagnostics: [] };
}

function exactDiagnostic(original: string): Diagnostic {
  return info('dedup', {
    rule: 'exact-duplicate',
    message: `Same text as article ${original}.`,
    data: { original, similarity: 1 },
  });
}

function nearDiagnostic(original: string, overlap: Overlap): Diagnostic {
  const rule = overlap.sameWire ? 'wire-copy' : 'near-duplicate';
  const what = overlap.sameWire ? 'A copy of the same wire story as' : 'A near-duplicate of';
  return info('dedup', {
    rule,
    message: `${what} article ${original} (shingle similarity ${round(overlap.jaccard)}).`,
    data: { original, similarity: round(overlap.jaccard), containment: round(overlap.containedInEarlier) },
  });
}

function derivedDiagnostic(from: string, overlap: Overlap): Diagnostic {
  const share = round(Math.max(overlap.containedInEarlier, overlap.earlierContained));
  return info('dedup', {
    rule: 'derived-copy',
    message: `Built largely from passages of article ${from} (${Math.round(share * 100)}% shared).`,
    data: { from, similarity: round(overlap.jaccard), containment: share },
  });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
