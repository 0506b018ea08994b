/**
 * Edge trimming: pages wrap the story in short lines (section labels, dates, bylines, photo
 * credits before it; contact lines, tags, "more news" headings after it). Blocks before the first
 * and after the last body-like block that are not body-like themselves are cut.
 */
import type { RawBlock } from './_raw-block.ts';
import { countWords, isBodyLike } from './_words.ts';
import { linkDensity } from './link-density.ts';

export interface EdgeCut {
  /** Index of the first kept block. */
  readonly start: number;
  /** Index after the last kept block. */
  readonly end: number;
}

/**
 * The range of blocks between the first and last body-like block. A content without any
 * body-like block (a list, a table, very short items) is kept whole.
 */
export function findBodyRange(blocks: readonly RawBlock[], minWords: number): EdgeCut {
  const body = (b: RawBlock): boolean => b.type === 'paragraph' && (isBodyLike(b.text, minWords) || isListItem(b));
  const start = blocks.findIndex(body);
  if (start < 0) return { start: 0, end: blocks.length };
  let end = blocks.length;
  while (end > start && !body(blocks[end - 1]!)) end -= 1;
  return { start, end };
}

/** A list item of a few words that is not a link: a point of a list in the story, not a menu entry. */
function isListItem(block: RawBlock): boolean {
  return block.tag === 'LI' && countWords(block.text) >= 3 && linkDensity(block) < 0.5;
}

/** Whether a leading heading repeats the page title (it is the headline, not a sub-heading). */
export function isTitleHeading(block: RawBlock, title: string | null): boolean {
  if (block.type !== 'heading' || title === null) return false;
  const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const a = norm(block.text);
  const b = norm(title);
  return a !== '' && (a === b || b.startsWith(a) || a.startsWith(b));
}
