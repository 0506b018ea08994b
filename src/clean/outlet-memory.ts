/**
 * Lines seen per outlet across articles (the idea of trafilatura's segment cache: a line that recurs
 * across pages of one site is that site's boilerplate). The memory is a value the caller creates and
 * passes to every `cleanArticle` call of a run, never a module global.
 *
 * How it is used: before an article's lines are judged, each short line is looked up; a line that
 * earlier articles of the same outlet carried at least `outletRepeatThreshold` times is removed
 * (rule `outlet-boilerplate`), unless more than half of the article's lines were seen (a reprint of
 * the same story, which is dedup's business, not boilerplate). Then the article's own short lines are
 * recorded, each once per article. Memory per outlet is bounded: least recently seen lines go first.
 */
import type { Removal } from '../types.ts';
import { isShortBlock, type Block, type Pass } from './_block.ts';
import { lineKey } from './_text.ts';

export interface OutletMemory {
  /** How many earlier articles of `outlet` carried `line`. */
  readonly seen: (outlet: string, line: string) => number;
  /** Records that one article of `outlet` carried these lines (each counted once). */
  readonly record: (outlet: string, lines: readonly string[]) => void;
}

export interface OutletMemoryLimits {
  /** Most lines kept per outlet. */
  readonly maxLinesPerOutlet: number;
  /** Most outlets kept. */
  readonly maxOutlets: number;
}

export const defaultOutletMemoryLimits: OutletMemoryLimits = { maxLinesPerOutlet: 5000, maxOutlets: 2000 };

/** A new, empty memory. */
export function createOutletMemory(limits: OutletMemoryLimits = defaultOutletMemoryLimits): OutletMemory {
  const outlets = new Map<string, Map<string, number>>();
  const linesOf = (outlet: string): Map<string, number> => {
    const key = outlet.toLowerCase();
    const existing = outlets.get(key) ?? new Map<string, number>();
    outlets.delete(key);
    outlets.set(key, existing);
    evictOldest(outlets, limits.maxOutlets);
    return existing;
  };
  return {
    seen: (outlet, line) => outlets.get(outlet.toLowerCase())?.get(lineKey(line)) ?? 0,
    record: (outlet, lines) => {
      const counts = linesOf(outlet);
      for (const key of new Set(lines.map(lineKey))) {
        const count = (counts.get(key) ?? 0) + 1;
        counts.delete(key);
        counts.set(key, count);
      }
      evictOldest(counts, limits.maxLinesPerOutlet);
    },
  };
}

export interface OutletRule {
  readonly outlet: string | null;
  readonly memory: OutletMemory | undefined;
  /** Earlier articles that must carry a line before it counts as boilerplate. */
  readonly threshold: number;
  /** Longest line (in words) the memory looks at. */
  readonly maxWords: number;
}

/** Removes the lines the outlet repeats, then records this article's lines. */
export function removeOutletBoilerplate(blocks: readonly Block[], rule: OutletRule): Pass {
  const { outlet, memory } = rule;
  if (outlet === null || memory === undefined) return { blocks, removed: [] };
  const candidates = blocks.filter((b) => isShortBlock(b, rule.maxWords));
  const repeated = new Set(candidates.filter((b) => memory.seen(outlet, b.text) >= rule.threshold));
  memory.record(outlet, candidates.map((b) => b.text));
  if (repeated.size === 0 || repeated.size * 2 > blocks.length) return { blocks, removed: [] };
  const removed: Removal[] = [...repeated].map((b) => ({ text: b.text, reason: 'outlet-boilerplate' }));
  return { blocks: blocks.filter((b) => !repeated.has(b)), removed };
}

function evictOldest<V>(map: Map<string, V>, max: number): void {
  while (map.size > max) {
    const oldest = map.keys().next();
    if (oldest.done === true) return;
    map.delete(oldest.value);
  }
}
