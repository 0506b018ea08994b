/**
 * Repeated blocks: a long block that occurs again within a few blocks (a caption shown twice, a
 * pull quote under its paragraph) keeps its first copy only. Short repeated lines, and copies far
 * apart (the same question put to each person in an interview series), are content.
 */
import type { RawBlock } from './_raw-block.ts';
import { countWords } from './_words.ts';

/** Blocks between a text and its copy for the copy to count as a duplicate. */
const MAX_DUPLICATE_GAP = 4;

const keyOf = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** For each block, `duplicate` or null. */
export function repeatReasons(blocks: readonly RawBlock[], minWords: number): (string | null)[] {
  const lastSeen = new Map<string, number>();
  return blocks.map((block, i) => {
    const key = keyOf(block.text);
    if (key === '' || countWords(block.text) < minWords) return null;
    const previous = lastSeen.get(key);
    lastSeen.set(key, i);
    return previous !== undefined && i - previous <= MAX_DUPLICATE_GAP ? 'duplicate' : null;
  });
}
