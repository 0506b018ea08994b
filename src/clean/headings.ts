/**
 * Sub-headings: kept out of the body text, each tied to the paragraph it stands before.
 *
 * - A standalone heading is a headline-shaped paragraph (short, capital first letter, no terminal
 *   punctuation but `?`) that stands before a body paragraph and is not one of a run of such lines
 *   (a list). A line in double quotes is a quotation, not a heading.
 * - A glued heading is a headline-shaped phrase running straight into the first sentence of a
 *   paragraph, as in `Leaders 'agree on a plan': Minister The talks began …`. It is split off where a
 *   capitalised sentence opener (`The`, `While`, `He`) follows a word without punctuation and the next
 *   word is in lower case, and only when the phrase before it looks like a headline: it ends in
 *   `: Name` for a name the article uses, or its content words are all capitalised (title case).
 *   The rest must read as a sentence (ends with terminal punctuation).
 */
import type { Block, Pass } from './_block.ts';
import {
  contentWords,
  endsLikeSentence,
  isCapitalised,
  isFunctionWord,
  isHeadlineShaped,
  isSentenceOpener,
  stem,
  stemSet,
  wordsOf,
  type HeadlineShape,
} from './_text.ts';

/** Shortest sentence left after a glued heading, in words. */
const MIN_REST_WORDS = 6;
/** Shortest glued heading, in words. */
const MIN_GLUED_WORDS = 3;
const ATTRIBUTION = /:\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})$/u;

/** Marks standalone headings and splits glued ones off their paragraphs. Removes nothing. */
export function markHeadings(blocks: readonly Block[], shape: HeadlineShape): Pass {
  const marked = blocks.map((block, index) =>
    block.type === 'paragraph' && isStandaloneHeading(blocks, index, shape) ? { ...block, type: 'heading' as const } : block,
  );
  let stems: readonly (Set<string> | null)[] | undefined;
  const knowsFor = (index: number): KnownWord => (word) => {
    stems ??= marked.map((b) => (b.type === 'paragraph' ? stemSet([b.text]) : null));
    const key = stem(word);
    return stems.some((set, i) => i !== index && set !== null && set.has(key));
  };
  const out: Block[] = [];
  marked.forEach((block, index) => {
    if (block.type !== 'paragraph') {
      out.push(block);
      return;
    }
    const split = splitGluedHeading(block.text, shape, knowsFor(index));
    if (split === null) out.push(block);
    else out.push({ type: 'heading', text: split.heading }, { type: 'paragraph', text: split.rest });
  });
  return { blocks: out, removed: [] };
}

/** A headline-shaped paragraph standing before a body paragraph, not inside a list of short lines. */
export function isStandaloneHeading(blocks: readonly Block[], index: number, shape: HeadlineShape): boolean {
  const block = blocks[index];
  const next = blocks[index + 1];
  const previous = blocks[index - 1];
  if (block === undefined || next === undefined || next.type !== 'paragraph') return false;
  if (!isHeadingLine(block.text, shape) || isHeadlineShaped(next.text, shape)) return false;
  return previous === undefined || previous.type === 'heading' || !isHeadlineShaped(previous.text, shape);
}

/** Headline-shaped and not a quotation standing alone. */
export function isHeadingLine(text: string, shape: HeadlineShape): boolean {
  return isHeadlineShaped(text, shape) && !/^["“]/u.test(text.trim());
}

export interface GluedHeading {
  readonly heading: string;
  readonly rest: string;
}

/** Whether the rest of the article (its other paragraphs) uses a word. */
export type KnownWord = (word: string) => boolean;

/** Finds a headline glued to the start of a paragraph; null when there is none. */
export function splitGluedHeading(text: string, shape: HeadlineShape, knows: KnownWord = () => false): GluedHeading | null {
  const tokens = text.split(' ');
  const last = Math.min(shape.maxWords, tokens.length - MIN_REST_WORDS);
  for (let k = MIN_GLUED_WORDS; k <= last; k += 1) {
    if (!isGlueBoundary(tokens, k)) continue;
    const heading = tokens.slice(0, k).join(' ');
    const rest = tokens.slice(k).join(' ');
    if (!isHeadingLine(heading, shape) || !endsLikeSentence(rest)) continue;
    if (isTitleCased(heading) || isAttributed(heading, rest, knows)) return { heading, rest };
  }
  return null;
}

/** A capitalised sentence opener after a word without punctuation, followed by a lower-case word. */
function isGlueBoundary(tokens: readonly string[], k: number): boolean {
  const word = tokens[k] ?? '';
  const previous = tokens[k - 1] ?? '';
  const next = tokens[k + 1] ?? '';
  if (!isCapitalised(word) || !isSentenceOpener(word.replace(/[^\p{L}]/gu, ''))) return false;
  if (/[.!?;,—–-]["”’)]*$/u.test(previous)) return false;
  return /^\p{Ll}/u.test(next);
}

/** Ends in `: Name` (a headline's attribution) for a name the article itself uses. */
function isAttributed(heading: string, rest: string, knows: KnownWord): boolean {
  const match = ATTRIBUTION.exec(heading);
  if (match === null || wordsOf(heading.slice(0, match.index)).length < 2) return false;
  const inRest = stemSet([rest]);
  return wordsOf(match[1] ?? '').every((w) => inRest.has(stem(w)) || knows(w));
}

/** At least three content words, every one capitalised (or a number), ending on a content word. */
function isTitleCased(heading: string): boolean {
  const words = wordsOf(heading);
  const content = contentWords(heading);
  const lastWord = words[words.length - 1] ?? '';
  if (content.length < 3 || isFunctionWord(lastWord)) return false;
  return content.every((w) => isCapitalised(w) || /^\p{N}/u.test(w));
}
