import type { HtmlOptions } from './html/options.ts';

/** Options of the clean stage. */
export interface CleanOptions {
  /** A body with fewer words than this after cleaning is rejected as `no-article`. */
  readonly minArticleWords: number;
  /** HTML extraction; `defaultHtmlOptions` of `./html` when absent. */
  readonly html?: HtmlOptions;
  /** Longest line, in words, that can be a heading or a related headline. */
  readonly maxHeadingWords: number;
  /** A short line that this many earlier articles of the same outlet carried is boilerplate. */
  readonly outletRepeatThreshold: number;
  /** Longest line, in words, that the outlet memory records and may remove. */
  readonly maxOutletLineWords: number;
  /** Widest line of hard-wrapped plain text (wrapped lines are joined into paragraphs). */
  readonly maxWrapWidth: number;
}

export const defaultCleanOptions: CleanOptions = {
  minArticleWords: 20,
  maxHeadingWords: 16,
  outletRepeatThreshold: 2,
  maxOutletLineWords: 30,
  maxWrapWidth: 100,
};
