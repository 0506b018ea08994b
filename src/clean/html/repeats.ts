/**
 * Repeated blocks: a long block that occurs again in the content (a caption shown twice, a pull
 * quote, a teaser that repeats a paragraph) keeps its first copy only. Short repeated lines are
 * kept: in lists and tables ("Meal 1 / Eat every 2-3 hours") they are content.
 */
import type { RawBlock } from './_raw-block.ts';
import { countWords } from './_words.ts';

const keyOf = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** For each block, `duplicate` or null. */
export function repeatReasons(blocks: readonly RawBlock[], minWords: number): (string | null)[] {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    const key = keyOf(block.text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const seen = new Set<string>();
  return blocks.map((block) => {
    const key = keyOf(block.text);
    if (key === '' || (counts.get(key) ?? 0) < 2) return null;
    if (countWords(block.text) < minWords) return null;
    if (seen.has(key)) return 'duplicate';
    seen.add(key);
    return null;
  });
}
