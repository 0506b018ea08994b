/**
 * HTML main-content extraction: page → ordered text blocks plus page metadata.
 *
 * Rules emitted (source `clean`):
 * - `no-article` (error): no main content was found.
 */
import type { Diagnostic, Removal } from '../../types.ts';
import { error } from '../../diagnostics.ts';
import { parseDocument } from './_dom.ts';
import type { HtmlBlock } from './blocks.ts';
import { collectRawBlocks } from './_raw-block.ts';
import { cleanContent } from './content.ts';
import { runReadability } from './readability.ts';
import type { HtmlOptions } from './options.ts';

export type { HtmlBlock } from './blocks.ts';
export { defaultHtmlOptions, type HtmlOptions } from './options.ts';

export interface HtmlExtraction {
  /** Main content, in order; text normalised (single spaces). */
  readonly blocks: readonly HtmlBlock[];
  readonly title: string | null;
  /** `YYYY-MM-DD` or ISO 8601. */
  readonly publishedAt: string | null;
  /** Outlet name. */
  readonly source: string | null;
  /** Canonical URL. */
  readonly url: string | null;
  readonly language: string | null;
  readonly byline: string | null;
  /** What was cut from inside the main content, with reasons. */
  readonly removed: readonly Removal[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Extracts the main content and metadata of an HTML page. Never throws on bad HTML. */
export function extractHtml(html: string, pageUrl: string | null, options: HtmlOptions): HtmlExtraction {
  const result = runReadability(parseDocument(html), options.minArticleChars);
  const cleaned = cleanContent(result.content === null ? [] : collectRawBlocks(result.content), result.title, options);
  const blocks = cleaned.blocks;
  const diagnostics: Diagnostic[] = [];
  if (blocks.length === 0) {
    diagnostics.push(error('clean', { rule: 'no-article', message: 'No main content was found in the page.' }));
  }
  return {
    blocks,
    title: result.title,
    publishedAt: result.publishedTime,
    source: result.siteName,
    url: pageUrl,
    language: result.lang,
    byline: result.byline,
    removed: cleaned.removed,
    diagnostics,
  };
}
