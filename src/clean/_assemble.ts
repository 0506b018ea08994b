/**
 * Final blocks → the body fields of a CleanArticle: `text` (paragraphs joined by a blank line), the
 * span of each paragraph, headings tied to the paragraph they stand before, and the word count.
 * Also the last structural decisions: a heading that opens the body becomes the title when the
 * article has none, and a heading with no paragraph after it is removed (`trailing-heading`).
 * Private to `src/clean`.
 */
import type { Heading, Removal, Span } from '../types.ts';
import type { Block } from './_block.ts';
import { countWords, lineKey } from './_text.ts';

export interface Body {
  readonly text: string;
  readonly paragraphs: readonly Span[];
  readonly headings: readonly Heading[];
  readonly words: number;
  readonly removed: readonly Removal[];
  /** The title taken from the first heading, when the article had none. */
  readonly title: string | null;
}

/** Builds the body from the final blocks. */
export function assembleBody(blocks: readonly Block[], title: string | null): Body {
  const { rest, foundTitle, removed } = settleEdges(blocks, title);
  const paragraphs: Span[] = [];
  const headings: Heading[] = [];
  const texts: string[] = [];
  let offset = 0;
  for (const block of rest) {
    if (block.type === 'heading') {
      headings.push({ text: block.text, before: paragraphs.length });
      continue;
    }
    if (texts.length > 0) offset += 2;
    paragraphs.push({ start: offset, end: offset + block.text.length });
    texts.push(block.text);
    offset += block.text.length;
  }
  const text = texts.join('\n\n');
  return { text, paragraphs, headings, words: countWords(text), removed, title: foundTitle };
}

interface Edges {
  readonly rest: readonly Block[];
  readonly foundTitle: string | null;
  readonly removed: readonly Removal[];
}

/** Takes a repeated or missing title off the front and headings with nothing after them off the end. */
function settleEdges(blocks: readonly Block[], title: string | null): Edges {
  const removed: Removal[] = [];
  let rest = [...blocks];
  let foundTitle: string | null = null;
  const first = rest[0];
  if (first !== undefined && title !== null && lineKey(first.text) === lineKey(title)) {
    removed.push({ text: first.text, reason: 'title-repeat' });
    rest = rest.slice(1);
  } else if (first !== undefined && title === null && first.type === 'heading') {
    foundTitle = first.text;
    rest = rest.slice(1);
  }
  const lastParagraph = rest.map((b) => b.type).lastIndexOf('paragraph');
  for (const trailing of rest.slice(lastParagraph + 1)) removed.push({ text: trailing.text, reason: 'trailing-heading' });
  return { rest: rest.slice(0, lastParagraph + 1), foundTitle, removed };
}
