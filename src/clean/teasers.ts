/**
 * Teasers: a line that points to another story, `Read More - …`, `Also read: …`, `READ MORE:`,
 * `Related: …`, `See also …`, `Recommended: …`. The line opens with a teaser cue and what follows is,
 * at most, one headline (no full sentence of the article). Emits rule `teaser`.
 */
import { removeBlocks, type Block, type Pass } from './_block.ts';
import { hasAtMostWords } from './_text.ts';

/** Cues that open a teaser line. Matched case-insensitively at the start of the line. */
const CUES = [
  'read more',
  'read also',
  'also read',
  'must read',
  'read next',
  'read the full story',
  'related',
  'related stories',
  'related story',
  'related articles',
  'related article',
  'related news',
  'related coverage',
  'related content',
  'see also',
  'also see',
  'more on this',
  'more on this story',
  'more from',
  'more stories',
  'more news',
  'recommended',
  'recommended stories',
  'suggested',
  'suggested reading',
  'you may also like',
  'you might also like',
  'also watch',
  'watch',
  'watch now',
  'watch video',
  "don't miss",
  'do not miss',
  'top stories',
  'trending',
  'editor’s picks',
  "editor's picks",
  'latest news',
  'continue reading',
];

const CUE_PATTERN = new RegExp(
  `^[\\s>»|•*-]*(?:${CUES.map(escape).join('|')})(?:\\s*(?:[:|»>–—-]|\\.{3}|…)|\\s*$)`,
  'iu',
);

/** Longest teaser line, in words (a cue plus one headline). */
const MAX_TEASER_WORDS = 30;

/** True when the line is a teaser: cue first, then nothing or one headline-like tail. */
export function isTeaser(line: string): boolean {
  const text = line.trim();
  const match = CUE_PATTERN.exec(text);
  if (match === null) return false;
  if (!hasAtMostWords(text, MAX_TEASER_WORDS)) return false;
  const tail = text.slice(match[0].length).trim();
  return !hasSentenceInside(tail);
}

/** Removes teaser lines, anywhere in the body. */
export function removeTeasers(blocks: readonly Block[]): Pass {
  return removeBlocks(blocks, 'teaser', (block) => isTeaser(block.text));
}

/** Two sentences or more in the tail means the cue word opened real text, not a link. */
function hasSentenceInside(tail: string): boolean {
  return /[.!?]["”’]?\s+["“‘]?\p{Lu}\p{Ll}/u.test(tail);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/'/gu, "['’]");
}
