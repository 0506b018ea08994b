/**
 * Repeated blocks: a short line that occurs more than once in the content (a share bar under
 * every item, a repeated credit) is page furniture and every copy goes; a long block that occurs
 * again (a caption shown twice, a pull quote) keeps its first copy only.
 */
import type { RawBlock } from './_raw-block.ts';
import { countWords } from './_words.ts';

const keyOf = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** For each block, `repeated`, `duplicate` or null. */
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
    if (countWords(block.text) < minWords) return 'repeated';
    if (seen.has(key)) return 'duplicate';
    seen.add(key);
    return null;
  });
}
