/**
 * Main-content cleaning: runs the block rules over the blocks of the content element and keeps
 * the body. Every cut block is returned as a `Removal` with the rule that cut it.
 *
 * Reasons: the structural ones of `boilerplate-hints.ts`, the lexical ones of
 * `boilerplate-text.ts`, `link-list`, `duplicate`, `related-section` (a trailing section of
 * other stories), and, at the ends of the content, `title`, `page-header`, `page-footer`.
 */
import type { Removal } from '../../types.ts';
import type { RawBlock } from './_raw-block.ts';
import { containerMarkers, structuralReason } from './boilerplate-hints.ts';
import { lexicalReason } from './boilerplate-text.ts';
import { findBodyRange, isTitleHeading } from './edges.ts';
import { linkReasons } from './link-density.ts';
import { repeatReasons } from './repeats.ts';
import { relatedSectionStart } from './sections.ts';
import type { HtmlOptions } from './options.ts';

/** One paragraph or heading of the main content. */
export interface HtmlBlock {
  readonly type: 'paragraph' | 'heading';
  /** Text with white space collapsed to single spaces. */
  readonly text: string;
}

export interface CleanedContent {
  readonly blocks: readonly HtmlBlock[];
  readonly removed: readonly Removal[];
}

/** Share of the content above which a marker is taken for the article's own container. */
const CONTAINER_SHARE = 0.4;

/** The reason of the first block rule that fires on each block, or null. */
function blockReasons(blocks: readonly RawBlock[], options: HtmlOptions): (string | null)[] {
  const ignored = containerMarkers(blocks, CONTAINER_SHARE);
  const repeats = repeatReasons(blocks, options.minEdgeBlockWords);
  const links = linkReasons(blocks, options.maxLinkDensity);
  return blocks.map(
    (block, i) =>
      structuralReason(block, ignored) ??
      lexicalReason(block) ??
      links[i] ??
      repeats[i] ??
      (block.type === 'heading' && !options.keepHeadings ? 'heading' : null),
  );
}

/** Reasons for the blocks outside the body range (before its first and after its last body block). */
function edgeReasons(blocks: readonly RawBlock[], title: string | null, minWords: number): (string | null)[] {
  const section = relatedSectionStart(blocks);
  const kept = section < 0 ? blocks : blocks.slice(0, section);
  const { start, end } = findBodyRange(kept, minWords);
  return blocks.map((block, i) => {
    if (section >= 0 && i >= section) return 'related-section';
    if (i >= start && i < end) return null;
    if (i < start) return isTitleHeading(block, title) ? 'title' : 'page-header';
    return 'page-footer';
  });
}

/** Keeps the body blocks of the content and records what was cut, in document order. */
export function cleanContent(raw: readonly RawBlock[], title: string | null, options: HtmlOptions): CleanedContent {
  const reasons = blockReasons(raw, options);
  const survivors = raw.map((block, index) => ({ block, index })).filter(({ index }) => reasons[index] === null);
  const edges = edgeReasons(survivors.map((s) => s.block), title, options.minEdgeBlockWords);
  survivors.forEach(({ index }, i) => {
    reasons[index] = edges[i] ?? null;
  });
  const blocks: HtmlBlock[] = [];
  const removed: Removal[] = [];
  raw.forEach((block, i) => {
    const reason = reasons[i] ?? null;
    if (reason === null) blocks.push({ type: block.type, text: block.text });
    else removed.push({ text: block.text, reason });
  });
  return { blocks, removed };
}
