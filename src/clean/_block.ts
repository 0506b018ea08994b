/**
 * The value the block cleaners pass along: ordered text blocks (paragraphs and headings) and what
 * was removed so far. Text and HTML inputs both become blocks, then run through the same cleaners.
 * Private to `src/clean`.
 */
import type { Removal } from '../types.ts';

export interface Block {
  readonly type: 'paragraph' | 'heading';
  readonly text: string;
}

/** What one cleaner returns: the blocks it kept (possibly changed) and what it removed. */
export interface Pass {
  readonly blocks: readonly Block[];
  readonly removed: readonly Removal[];
}

/** What the cleaners may know about the article besides its blocks. */
export interface PassContext {
  readonly title: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly byline: string | null;
}

/** Decides, for one block in its place, whether a cleaner removes it. */
export type BlockTest = (block: Block, index: number, blocks: readonly Block[]) => boolean;

/** Removes every block the test accepts, recording each under `reason`. */
export function removeBlocks(blocks: readonly Block[], reason: string, test: BlockTest): Pass {
  const kept: Block[] = [];
  const removed: Removal[] = [];
  blocks.forEach((block, index) => {
    if (test(block, index, blocks)) removed.push({ text: block.text, reason });
    else kept.push(block);
  });
  return { blocks: kept, removed };
}

/** Runs passes in order, each over the blocks the previous one kept; removals accumulate. */
export function runPasses(start: readonly Block[], passes: readonly ((blocks: readonly Block[]) => Pass)[]): Pass {
  let blocks = start;
  const removed: Removal[] = [];
  for (const pass of passes) {
    const result = pass(blocks);
    blocks = result.blocks;
    removed.push(...result.removed);
  }
  return { blocks, removed };
}

/** True when the block is a short line (at most `maxWords` words): boilerplate rules only touch those. */
export function isShortBlock(block: Block, maxWords: number): boolean {
  let words = 0;
  for (const _ of block.text.matchAll(/\S+/gu)) {
    words += 1;
    if (words > maxWords) return false;
  }
  return true;
}
