export interface FactsOptions {
  /** Similarity (0..1) at or above which two claim units state the same fact. */
  readonly alignThreshold: number;
  /** Share of the threshold a unit must reach on average with a group's first members to join it. */
  readonly groupAgreement: number;
  /** Content terms a clause needs, outside quoted words, to count as a claim rather than a quote. */
  readonly minClaimTerms: number;
  /** A sentence longer than this (in words) may be split at a coordinated verb. */
  readonly longSentenceWords: number;
  /** Candidate units compared exactly per unit, best first (keeps alignment near-linear). */
  readonly maxCandidates: number;
  /** A candidate lookup reads at most this many units (the latest before it) per term: keeps alignment near-linear in big stories. */
  readonly maxPostings: number;
  /** Summary length limits. */
  readonly summaryMinSentences: number;
  readonly summaryMaxSentences: number;
  readonly summaryMaxWords: number;
  readonly summaryMinWords: number;
}

export const defaultFactsOptions: FactsOptions = {
  alignThreshold: 0.3,
  groupAgreement: 0.8,
  minClaimTerms: 3,
  longSentenceWords: 20,
  maxCandidates: 24,
  maxPostings: 200,
  summaryMinSentences: 3,
  summaryMaxSentences: 6,
  summaryMaxWords: 160,
  summaryMinWords: 40,
};
