export interface DedupOptions {
  /** Words per shingle for MinHash. */
  readonly shingleWords: number;
  /** Estimated Jaccard similarity at or above which an article is a near-duplicate. */
  readonly duplicateThreshold: number;
}

export const defaultDedupOptions: DedupOptions = {
  shingleWords: 5,
  duplicateThreshold: 0.8,
};
