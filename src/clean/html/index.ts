/**
 * HTML main-content extraction: page → ordered text blocks plus page metadata. Readability (over
 * linkedom) finds the content element; block rules (`content.ts`) cut what it kept that is not
 * body text; a density extractor (`fallback.ts`) stands in when Readability finds nothing or too
 * little. Only text leaves this folder: no markup, script or attribute of the page is returned.
 *
 * Rules emitted (source `clean`):
 * - `no-article` (error): no main content was found.
 * - `density-fallback` (info): Readability found too little; the density extractor was used.
 * - `oversized-page` (warning): the page is too large or too deep for Readability; density extractor only.
 * - `date-from-url`, `date-from-modified` (warning): see `metadata.ts`.
 */
import type { Diagnostic, Removal } from '../../types.ts';
import { error, info, warning } from '../../diagnostics.ts';
import { parseDocument, selectAll, treeDepth, type DomDocument } from './_dom.ts';
import { collectRawBlocks } from './_raw-block.ts';
import { cleanContent, type CleanedContent, type HtmlBlock } from './content.ts';
import { densityBlocks } from './fallback.ts';
import { cleanByline } from './meta-byline.ts';
import { readMetadata } from './metadata.ts';
import { runReadability } from './readability.ts';
import type { HtmlOptions } from './options.ts';

export type { HtmlBlock } from './content.ts';
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

const textLength = (content: CleanedContent): number => content.blocks.reduce((n, b) => n + b.text.length, 0);

function isOversized(doc: DomDocument, options: HtmlOptions): boolean {
  if (doc.documentElement === null) return false;
  return selectAll(doc, '*').length > options.maxElements || treeDepth(doc.documentElement, options.maxDepth) > options.maxDepth;
}

/** Extracts the main content and metadata of an HTML page. Never throws on bad HTML. */
export function extractHtml(html: string, pageUrl: string | null, options: HtmlOptions): HtmlExtraction {
  const doc = parseDocument(html);
  const notAfter = options.notAfter ?? new Date().toISOString().slice(0, 10);
  const meta = readMetadata(doc, pageUrl, notAfter);
  const tooBig = isOversized(doc, options);
  const reader = tooBig ? null : runReadability(doc, options.minArticleChars);
  const title = meta.title ?? reader?.title ?? null;
  let content = cleanContent(reader?.content ? collectRawBlocks(reader.content) : [], title, options);
  const diagnostics: Diagnostic[] = [...meta.diagnostics];
  if (tooBig) {
    diagnostics.push(warning('clean', { rule: 'oversized-page', message: 'The page is too large or too deeply nested for Readability.' }));
  }
  if (textLength(content) < options.minArticleChars) {
    const fallback = cleanContent(densityBlocks(parseDocument(html), options.minEdgeBlockWords), title, options);
    if (textLength(fallback) > textLength(content)) {
      content = fallback;
      diagnostics.push(info('clean', { rule: 'density-fallback', message: 'Readability found too little text; the density extractor was used.' }));
    }
  }
  if (content.blocks.length === 0) {
    diagnostics.push(error('clean', { rule: 'no-article', message: 'No main content was found in the page.' }));
  }
  return {
    blocks: content.blocks,
    title,
    publishedAt: meta.publishedAt,
    source: meta.source ?? reader?.siteName ?? null,
    url: meta.url,
    language: meta.language ?? reader?.lang ?? null,
    byline: meta.byline ?? cleanByline(reader?.byline ?? null, meta.source),
    removed: content.removed,
    diagnostics,
  };
}
