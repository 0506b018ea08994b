export interface QuotesOptions {
  /** Speakers below this confidence are reported with a `low-confidence-speaker` warning. */
  readonly minSpeakerConfidence: number;
  /** Two quote segments of a story are one utterance when this share of the smaller one's content words is in the other. */
  readonly minSegmentOverlap: number;
  /** …and they share at least this many content words (or all of the smaller one's, when it has fewer). */
  readonly minSharedContentWords: number;
  /** A partial quote of at most this many words is a fragment: it joins a sentence only when it is written in it verbatim. */
  readonly maxFragmentWords: number;
  /** Next to two aligned segments, the neighbouring segments are one utterance at this looser overlap. */
  readonly minNeighbourOverlap: number;
}

export const defaultQuotesOptions: QuotesOptions = {
  minSpeakerConfidence: 0.6,
  minSegmentOverlap: 0.7,
  minSharedContentWords: 3,
  maxFragmentWords: 4,
  minNeighbourOverlap: 0.5,
};
