/**
 * Lexical helpers shared by the block cleaners of this folder: words, content words, crude stems,
 * and the shape of a headline-like line. Private to `src/clean`.
 */

/** Function words: never content, and the usual first word of an English sentence. */
const FUNCTION_WORDS = new Set(
  (
    'a an the and or but nor so yet for of in on at by to from with without within into onto upon over under ' +
    'about above after before behind below beneath beside between beyond during except inside near off out ' +
    'outside since through throughout till toward towards until via amid amidst among against along around ' +
    'as if while when whenever where wherever whereas whether because although though unless than then ' +
    'that this these those there here it its he him his she her hers they them their theirs we us our ours ' +
    'you your yours i me my mine who whom whose which what how why ' +
    'is are was were be been being am has have had having do does did done will would shall should can ' +
    'could may might must not no yes all any both each every few more most other some such only own same ' +
    'also just still very too even again already ever never now once meanwhile however additionally ' +
    'according despite further furthermore moreover instead later earlier first last'
  ).split(' '),
);

/** Function words that commonly open a sentence (used to find a sentence glued after a headline). */
const SENTENCE_OPENERS = new Set(
  (
    'a an the while when after before as in on at for with during despite although though since because ' +
    'if once according meanwhile however but and this these those that it he she they we i his her their ' +
    'its our speaking addressing earlier later amid following'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;
const DIGITS = /^\d+$/u;
const TRAILING_MARK = /[.'’-]$/u;
const TRAILING_MARKS = /[.'’-]+$/u;
const TERMINAL_END = /[.!?;,:…]["”’')\]]*$/u;

/** Words of a text (letters and digits, keeping inner apostrophes, hyphens and dots). */
export function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => (TRAILING_MARK.test(w) ? w.replace(TRAILING_MARKS, '') : w));
}

/** Number of words, as counted for `CleanArticle.words`. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** True when the text has at most `max` words (stops counting past it). */
export function hasAtMostWords(text: string, max: number): boolean {
  let count = 0;
  for (const _ of text.matchAll(WORD)) {
    count += 1;
    if (count > max) return false;
  }
  return true;
}

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}

export function isSentenceOpener(word: string): boolean {
  return SENTENCE_OPENERS.has(word.toLowerCase());
}

/** True when the word starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** A crude stem: lower case, no possessive, no plural or verb ending, at most six letters. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s?$/u, '');
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w.slice(0, 6);
}

/** Content words of a text: hyphenated words split, function words and one-letter words left out. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const word of wordsOf(text)) {
    for (const part of word.includes('-') ? word.split('-') : [word]) {
      if (part.length > 1 && !FUNCTION_WORDS.has(part.toLowerCase()) && !DIGITS.test(part)) out.push(part);
    }
  }
  return out;
}

/** The set of stems of the content words of some texts. */
export function stemSet(texts: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const text of texts) for (const w of contentWords(text)) set.add(stem(w));
  return set;
}

/** True when the line ends like a sentence or a clause (full stop, comma, colon, closing quote after one). */
export function endsLikeSentence(line: string): boolean {
  return TERMINAL_END.test(line.trimEnd());
}

/** Lower case with quote marks folded and white space collapsed: a key to compare lines. */
export function lineKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‛′']/gu, "'")
    .replace(/[“”„‟″"]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim();
}

export interface HeadlineShape {
  /** Longest headline, in words. */
  readonly maxWords: number;
}

/**
 * A line shaped like a headline: starts with a capital letter or digit (after an optional quote
 * mark), a few words, one sentence at most, and no terminal punctuation other than a question mark.
 */
export function isHeadlineShaped(line: string, shape: HeadlineShape): boolean {
  const text = line.trim();
  if (text.length > shape.maxWords * 12) return false;
  const count = countWords(text);
  if (count === 0 || count > shape.maxWords) return false;
  if (!/^["“‘']?[\p{Lu}\p{N}]/u.test(text)) return false;
  if (/[.!;,:…]["”’')\]]*$/u.test(text)) return false;
  if (/(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr))[.!?]["”’]?\s+["“‘]?\p{Lu}/u.test(text)) return false;
  return /\p{L}/u.test(text);
}
