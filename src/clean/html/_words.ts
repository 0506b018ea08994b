/** Word counting and sentence-shape helpers shared by the block rules of this folder. */

/** Words of a normalised text: space-separated pieces that hold a letter or digit. */
export function countWords(text: string): number {
  let count = 0;
  for (const piece of text.split(' ')) {
    if (!/[\p{L}\p{N}]/u.test(piece)) continue;
    const ideographs = piece.match(IDEOGRAPHIC)?.length ?? 0;
    count += ideographs === 0 ? 1 : Math.max(1, Math.round(ideographs / CHARS_PER_IDEOGRAPHIC_WORD));
  }
  return count;
}

/** Scripts written without spaces between words: their characters are counted, not pieces. */
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;
/** About how many such characters make one word of a spaced script. */
const CHARS_PER_IDEOGRAPHIC_WORD = 2;

/** Whether a text ends like a sentence (final stop, question or exclamation mark, maybe quoted). */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…。！？]["'”’»)\]]*$/u.test(text);
}

/**
 * Whether a block reads like body text: long enough, or a shorter complete sentence.
 * Short lines without final punctuation (labels, dates, names, headlines) are not.
 */
export function isBodyLike(text: string, minWords: number): boolean {
  const words = countWords(text);
  if (words >= minWords) return true;
  return words >= Math.ceil(minWords / 2) && endsLikeSentence(text);
}
