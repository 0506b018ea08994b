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

/** Whether a block is mostly links (the bar rises with length). */
export function isLinkHeavy(block: RawBlock, maxLinkDensity: number): boolean {
  const bar = countWords(block.text) > 40 ? Math.max(maxLinkDensity, 0.8) : maxLinkDensity;
  return linkDensity(block) >= bar;
}

/**
 * `link-list` for each link-heavy block that has a link-heavy neighbour (a list of links) or no
 * neighbour at all, and `teaser` for a lone linked headline in capitals. Any other lone linked
 * line between paragraphs (a deal, a source, a linked sentence) is left to the other rules: it is
 * as often body text as a teaser.
 */
export function linkReasons(blocks: readonly RawBlock[], maxLinkDensity: number): (string | null)[] {
  const heavy = blocks.map((b) => isLinkHeavy(b, maxLinkDensity));
  return heavy.map((h, i) => {
    if (!h) return null;
    const alone = heavy[i - 1] === undefined && heavy[i + 1] === undefined;
    if (alone || heavy[i - 1] === true || heavy[i + 1] === true) return 'link-list';
    return isShouting(blocks[i]!.text) ? 'teaser' : null;
  });
}

/** A line of several words set in capitals: a linked headline ("MAYOR QUITS AFTER VOTE"). */
export function isShouting(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return countWords(text) >= 3 && letters.length >= 12 && upper >= letters.length * 0.8;
}
