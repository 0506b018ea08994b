export interface QuotesOptions {
  /** Speakers below this confidence are reported with a `low-confidence-speaker` warning. */
  readonly minSpeakerConfidence: number;
}

export const defaultQuotesOptions: QuotesOptions = {
  minSpeakerConfidence: 0.6,
};
