/**
 * Link-density rule: a block whose text is mostly link text is a link list, a related headline or
 * a teaser, not body text. Long blocks need a higher density than short ones, since a real
 * paragraph may hold a few links.
 */
import type { RawBlock } from './_raw-block.ts';
import { countWords } from './_words.ts';

/** Share of a block's characters that sit inside links (0..1). */
export function linkDensity(block: RawBlock): number {
  return block.text.length === 0 ? 0 : Math.min(1, block.linkChars / block.text.length);
}

/** `link-list` when a block is mostly links (the bar rises with length), else null. */
export function linkReason(block: RawBlock, maxLinkDensity: number): string | null {
  const density = linkDensity(block);
  const words = countWords(block.text);
  const bar = words > 40 ? Math.max(maxLinkDensity, 0.8) : maxLinkDensity;
  return density >= bar ? 'link-list' : null;
}
