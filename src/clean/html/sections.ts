/**
 * Related-content sections: in the second half of the content, a heading or short line that
 * opens a section of other stories ("More stories", "Most read", "You may also like", "Want more
 * stories like this?") ends the article. It and every block after it are cut.
 */
import type { RawBlock } from './_raw-block.ts';
import { countWords } from './_words.ts';

const SECTION_CUE =
  /^(?:want more\b|more (?:stories|news|articles|coverage|from|on|in|about|to read|like this)\b|more [\p{L}&-]+ (?:news|stories)\W*$|related\b|recommended\b|most (?:read|popular|viewed|shared|emailed)\b|you (?:may|might) (?:also )?(?:like|enjoy|be interested)|trending\b|further reading\b|latest (?:news|stories|headlines)\b|read next\b|up next\b|what to read next\b|top stories\b|editor'?s picks\b|around the web\b|from the web\b|(?:sponsored|promoted|recommended) (?:stories|content|links)\b|popular (?:now|stories|articles)\b|in other news\b|keep reading\b)/iu;

/** Longest line, in words, that can open a related section. */
const MAX_CUE_WORDS = 8;
/** Share of the content's text that must come before the cue. */
const MIN_SHARE_BEFORE = 0.5;

/** Index of the block that opens a trailing related section, or -1. */
export function relatedSectionStart(blocks: readonly RawBlock[]): number {
  const total = blocks.reduce((n, b) => n + b.text.length, 0);
  let before = 0;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    const cue = countWords(block.text) <= MAX_CUE_WORDS && SECTION_CUE.test(block.text);
    if (cue && before >= total * MIN_SHARE_BEFORE) return i;
    before += block.text.length;
  }
  return -1;
}
