export interface ClusterOptions {
  /** Similarity at or above which an article joins its best candidate story. */
  readonly joinThreshold: number;
  /** Candidate stories must have an article within this many days. */
  readonly windowDays: number;
  /** Similarity of two story centroids at or above which they are merged (they converged). */
  readonly mergeThreshold: number;
  /** Each title word counts this many times in the article's term vector. */
  readonly titleWeight: number;
  /** Share of the similarity that comes from shared named entities (the rest from words). */
  readonly entityWeight: number;
  /** Share of the similarity that comes from the years both texts mention. */
  readonly yearWeight: number;
  /** Width (sigma, days) of the Gaussian decay of similarity with the date gap to a story. */
  readonly timeSigmaDays: number;
  /** Share of the similarity that the date gap can remove (0: dates ignored). */
  readonly timeWeight: number;
  /** Terms kept in a story centroid (the heaviest by TF-IDF). */
  readonly centroidTerms: number;
  /** An article's heaviest terms used to look up candidate stories in the inverted index. */
  readonly queryTerms: number;
  /** Candidate stories scored fully per article, best lookup score first. */
  readonly maxCandidates: number;
  /** Most recent stories read per term posting list (bounds the cost of common terms). */
  readonly maxPostings: number;
  /** Rounds of re-assigning every article to its best story after streaming (0: no refinement). */
  readonly refineRounds: number;
  /** After refinement, an article alone in its story joins its best candidate at this share of `joinThreshold`. */
  readonly orphanShare: number;
  /** After refinement, stories of at most this many articles merge at `orphanShare` of `mergeThreshold`. */
  readonly smallStory: number;
  /**
   * Other arrival orders (reversed, by id) streamed before refinement (0-2); refinement starts
   * from the stories all orders agree on, so early wrong joins of one order do not persist.
   */
  readonly consensusOrders: number;
  /** Larger batches are streamed only: refinement holds every article's terms in memory (tens of KB each). */
  readonly maxRefineArticles: number;
}

export const defaultClusterOptions: ClusterOptions = {
  joinThreshold: 0.22,
  windowDays: 14,
  mergeThreshold: 0.4,
  titleWeight: 2,
  entityWeight: 0.3,
  yearWeight: 0.3,
  timeSigmaDays: 3,
  timeWeight: 0.5,
  centroidTerms: 300,
  queryTerms: 40,
  maxCandidates: 12,
  maxPostings: 100,
  refineRounds: 3,
  orphanShare: 0.6,
  smallStory: 5,
  consensusOrders: 2,
  maxRefineArticles: 20000,
};
