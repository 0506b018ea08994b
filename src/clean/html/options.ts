/** Options of HTML main-content extraction (part of the clean stage). */
export interface HtmlOptions {
  /** Readability output with fewer characters of text than this falls back to the density extractor. */
  readonly minArticleChars: number;
  /** Documents with more elements than this are not given to Readability (density extractor only). */
  readonly maxElements: number;
  /** Documents nested deeper than this are not given to Readability (its cost grows with depth). */
  readonly maxDepth: number;
  /** Blocks whose share of characters inside links is at least this are dropped as link lists. */
  readonly maxLinkDensity: number;
  /** Text blocks with fewer words than this, at either end of the content, may be cut as boilerplate. */
  readonly minEdgeBlockWords: number;
  /** Whether headings inside the content are kept as `heading` blocks. */
  readonly keepHeadings: boolean;
  /** Latest acceptable publication date (`YYYY-MM-DD`); null means today. Later dates are ignored. */
  readonly notAfter: string | null;
}

export const defaultHtmlOptions: HtmlOptions = {
  minArticleChars: 250,
  maxElements: 30_000,
  maxDepth: 120,
  maxLinkDensity: 0.5,
  minEdgeBlockWords: 8,
  keepHeadings: true,
  notAfter: null,
};
