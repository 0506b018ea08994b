/**
 * Density-based fallback extractor, for pages where Readability finds nothing or too little:
 * the page's blocks (page chrome removed) are scored, text-rich low-link blocks positive and
 * link-heavy or short ones negative, and the best-scoring contiguous run of blocks is the content
 * (a maximum-sum subarray).
 */
import { selectAll, textOf, type DomDocument } from './_dom.ts';
import { collectRawBlocks, type RawBlock } from './_raw-block.ts';
import { linkDensity } from './link-density.ts';
import { isBodyLike } from './_words.ts';

const CHROME = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"], [hidden]';

/** How much a block adds to (or takes from) a run of content. */
function blockScore(block: RawBlock, minWords: number): number {
  if (block.type === 'heading') return 0;
  const density = linkDensity(block);
  if (isBodyLike(block.text, minWords) && density < 0.3) return block.text.length * (1 - density);
  return -Math.min(block.text.length, 200) * (0.25 + density);
}

/** The maximum-sum contiguous run of blocks. */
export function bestRun(scores: readonly number[]): { readonly start: number; readonly end: number } {
  let best = { start: 0, end: 0, sum: 0 };
  let start = 0;
  let sum = 0;
  scores.forEach((score, i) => {
    if (sum <= 0) {
      start = i;
      sum = 0;
    }
    sum += score;
    if (sum > best.sum) best = { start, end: i + 1, sum };
  });
  return { start: best.start, end: best.end };
}

/** The content blocks of a page by text density; the document is changed (chrome removed). */
export function densityBlocks(doc: DomDocument, minWords: number): RawBlock[] {
  const body = doc.body !== null && textOf(doc.body) !== '' ? doc.body : doc.documentElement;
  if (body === null) return [];
  for (const element of selectAll(body, CHROME)) element.remove();
  const blocks = collectRawBlocks(body);
  const { start, end } = bestRun(blocks.map((b) => blockScore(b, minWords)));
  return blocks.slice(start, end);
}
