/**
 * Plain text → paragraphs. Blank lines separate paragraphs. Inside a blank-line separated chunk:
 * - hard-wrapped text (every line at most `maxWrapWidth` characters, the lines before the last of
 *   about the same length) is one paragraph, broken only after a short line that ends a sentence;
 * - otherwise each line is a paragraph (files that use single newlines between paragraphs),
 *   except that a line which does not end a sentence runs on into a next line starting in lower case.
 * Expects text whose white space is already normalised (lines trimmed).
 */

import { endsLikeSentence } from './_text.ts';

export interface BlockSplitOptions {
  /** Widest line of hard-wrapped text. */
  readonly maxWrapWidth: number;
}

export const defaultBlockSplitOptions: BlockSplitOptions = { maxWrapWidth: 100 };

/** How much shorter than the widest line a wrapped line may be. */
const WRAP_SLACK = 30;
/** Narrowest column taken for hard-wrapped text. */
const MIN_WRAP_WIDTH = 50;

/** Splits a plain-text body into paragraph texts, in order. */
export function splitParagraphs(text: string, options: BlockSplitOptions = defaultBlockSplitOptions): string[] {
  return text
    .split(/\n[ \t]*\n/u)
    .map((chunk) => chunk.split('\n').filter((line) => line !== ''))
    .filter((lines) => lines.length > 0)
    .flatMap((lines) => (isHardWrapped(lines, options) ? joinWrapped(lines) : joinRunOns(lines)));
}

/** True when the lines look like one column of wrapped text rather than one paragraph per line. */
export function isHardWrapped(lines: readonly string[], options: BlockSplitOptions): boolean {
  if (lines.length < 2) return false;
  const widest = Math.max(...lines.map((l) => l.length));
  if (widest > options.maxWrapWidth || widest < MIN_WRAP_WIDTH) return false;
  const shortest = Math.max(widest - WRAP_SLACK, MIN_WRAP_WIDTH - 10);
  return lines.slice(0, -1).every((line) => line.length >= shortest && /\s/u.test(line));
}

function joinWrapped(lines: readonly string[]): string[] {
  const widest = Math.max(...lines.map((l) => l.length));
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    current.push(line);
    if (endsLikeSentence(line) && /[.!?]["”’)]*$/u.test(line) && line.length < widest - WRAP_SLACK) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs;
}

function joinRunOns(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  for (const line of lines) {
    const last = paragraphs.length - 1;
    const previous = paragraphs[last];
    if (previous !== undefined && !endsLikeSentence(previous) && /^\p{Ll}/u.test(line)) {
      paragraphs[last] = `${previous} ${line}`;
    } else {
      paragraphs.push(line);
    }
  }
  return paragraphs;
}
