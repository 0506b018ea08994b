export interface ClusterOptions {
  /** Similarity at or above which an article joins its best candidate story. */
  readonly joinThreshold: number;
  /** Candidate stories must have an article within this many days. */
  readonly windowDays: number;
}

export const defaultClusterOptions: ClusterOptions = {
  joinThreshold: 0.3,
  windowDays: 14,
};
