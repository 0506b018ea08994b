export interface DedupOptions {
  /** Words per shingle for MinHash. */
  readonly shingleWords: number;
  /** Estimated Jaccard similarity at or above which an article is a near-duplicate. */
  readonly duplicateThreshold: number;
  /**
   * Share of the shorter article's shingles found in the other at or above which the pair is a
   * light rewrite (a copy with a few words changed, trimmed or extended) and so a duplicate too.
   */
  readonly rewriteContainment: number;
  /** Share of the new article's shingles inside an earlier one at which it is a trimmed reprint. */
  readonly trimmedCopyContainment: number;
  /** Lower Jaccard at which two copies carrying the same wire tag (Reuters, AP) are duplicates. */
  readonly wireDuplicateThreshold: number;
  /** Share of one article's shingles taken from one earlier article that makes it `derivedFrom` it. */
  readonly derivedContainment: number;
  /** Shared shingles needed before containment counts (short texts share phrases by chance). */
  readonly minSharedShingles: number;
  /** MinHash signature length = bands × rowsPerBand. */
  readonly bands: number;
  readonly rowsPerBand: number;
  /** One shingle in this many is kept as a fingerprint for the containment (derived) index. */
  readonly fingerprintSampling: number;
  /** A fingerprint seen in more articles than this is common phrasing and no longer indexed. */
  readonly maxFingerprintPostings: number;
  /** Candidates compared exactly per article, best first. */
  readonly maxCandidates: number;
  /**
   * Articles dated more than this many days before the stream's newest date leave the index
   * (their shingles, LSH buckets, fingerprints and exact key): a reprint comes within days.
   */
  readonly windowDays: number;
  /** Undated articles kept in the index (the most recent); older ones leave it. */
  readonly maxUndatedArticles: number;
  /**
   * The latest arrivals stay in the index whatever their dates, so a stream that is not in date
   * order (a folder read by name, a backfill) still meets the copies that follow each other.
   */
  readonly keepRecentArticles: number;
}

export const defaultDedupOptions: DedupOptions = {
  shingleWords: 5,
  duplicateThreshold: 0.8,
  rewriteContainment: 0.75,
  trimmedCopyContainment: 0.9,
  wireDuplicateThreshold: 0.5,
  derivedContainment: 0.5,
  minSharedShingles: 12,
  bands: 16,
  rowsPerBand: 4,
  fingerprintSampling: 8,
  maxFingerprintPostings: 64,
  maxCandidates: 16,
  windowDays: 14,
  maxUndatedArticles: 20_000,
  keepRecentArticles: 4096,
};
