/**
 * Words of an article, read once with a character scanner (no per-word regular expressions) into
 * parallel arrays of numbers: where each word starts and ends, what the lexicon says about it
 * (capitalised, a role, an honorific, a word that is never a name, a pronoun, a possessive) and
 * which distinct written form it is. The rules that run over every word only test bits; a `Token`
 * object is made only for the few words the attribution rules read near quotes (`tokenAt`).
 */
import { isHonorific, lexiconFlags, plainWordFlags, wordFlag } from './_lexicon.ts';

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** `text` in lower case. */
  readonly lower: string;
  /** What the word is: `capital`, `role`… bits (see `hasFlag`). */
  readonly flags: number;
}

/** One distinct written word of an article. */
export interface Form {
  readonly text: string;
  readonly lower: string;
  readonly flags: number;
}

/** The words of a text, word `i` in slot `i` of each array. */
export interface Words {
  readonly text: string;
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly flags: Uint8Array;
  /** Index in `forms` of each word's written form; -1 for a word written in lower-case ASCII (its text is the same in lower case). */
  readonly form: Int32Array;
  readonly forms: readonly Form[];
}

/** Bits of `Token.flags`; `possessive`: the word ends in `’s` or `s’`. */
export const { capital, role, honorific, notName, pronoun } = wordFlag;
export const possessive = 32;

export const hasFlag = (t: Token, flag: number): boolean => (t.flags & flag) !== 0;

const letterOrDigit = /[\p{L}\p{N}]/u;
const upper = /\p{Lu}/u;

/** 1 for the ASCII letters and digits. */
const asciiWord = new Uint8Array(128).map((_, c) => ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0));

/** True for a letter or digit outside ASCII. */
function isWideWordCode(text: string, c: number, i: number): boolean {
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation: curly quotes, dashes
  return letterOrDigit.test(text[i] as string);
}

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? asciiWord[c] === 1 : isWideWordCode(text, c, i);
}

/** `’ ' . - &` join two runs of letters into one word (`don’t`, `U.S`, `Lee-Roe`, `AT&T`). */
function isJoiner(c: number): boolean {
  return c === 0x2019 || c === 39 || c === 46 || c === 45 || c === 38;
}

const isApostrophe = (c: number): boolean => c === 0x2019 || c === 39;

function endsPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2) return false;
  const last = word.charCodeAt(n - 1);
  const before = word.charCodeAt(n - 2);
  return (last === 115 && isApostrophe(before)) || (isApostrophe(last) && before === 115);
}

function flagsOf(text: string, lower: string): number {
  const first = text.charCodeAt(0);
  const upperCase = (first >= 65 && first <= 90) || (first >= 128 && upper.test(text[0] as string));
  return (upperCase ? capital : 0) | lexiconFlags(lower) | (endsPossessive(text) ? possessive : 0);
}

/** Honorifics are short: `Detective.` at most. */
const longestHonorific = 10;

/** A full stop stays with a word only after an honorific (`Mr.`), an initial or an acronym (`U.S.`). */
function keepsStop(word: string, innerStop: boolean): boolean {
  if (innerStop || (word.length <= longestHonorific && isHonorific(word))) return true;
  return word.length === 2 && upper.test(word[0] as string);
}

/** Words being read: the arrays hold `capacity` words, `count` of them filled. */
interface Reader {
  readonly text: string;
  count: number;
  capacity: number;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  form: Int32Array;
  readonly forms: Form[];
  /** Form index of each written word seen so far. */
  readonly known: Map<string, number>;
}

function copyInto<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** More room (words are at least two characters apart, so a text's first guess rarely runs out). */
function grow(r: Reader): void {
  r.capacity *= 2;
  r.starts = copyInto(r.starts, new Int32Array(r.capacity));
  r.ends = copyInto(r.ends, new Int32Array(r.capacity));
  r.flags = copyInto(r.flags, new Uint8Array(r.capacity));
  r.form = copyInto(r.form, new Int32Array(r.capacity));
}

function push(r: Reader, start: number, end: number, flags: number, form: number): void {
  if (r.count === r.capacity) grow(r);
  r.starts[r.count] = start;
  r.ends[r.count] = end;
  r.flags[r.count] = flags;
  r.form[r.count] = form;
  r.count++;
}

/** The form index of a word written otherwise than in lower-case ASCII, added when new. */
function formOf(r: Reader, start: number, end: number): number {
  const word = r.text.slice(start, end);
  let id = r.known.get(word);
  if (id === undefined) {
    const lower = word.toLowerCase();
    id = r.forms.length;
    r.forms.push({ text: word, lower, flags: flagsOf(word, lower) });
    r.known.set(word, id);
  }
  return id;
}

/**
 * Adds the word [start, end). A word written in lower-case ASCII with no apostrophe gets its flags
 * without a slice or a form (form -1); its text is sliced only when a rule reads it.
 */
function addWord(r: Reader, start: number, end: number, apostrophe: boolean): void {
  const flags = apostrophe ? -1 : plainWordFlags(r.text, start, end);
  if (flags >= 0) return push(r, start, end, flags, -1);
  const id = formOf(r, start, end);
  push(r, start, end, (r.forms[id] as Form).flags, id);
}

/** Where the word starting at `start` ends, and what joins its letters. */
interface WordEnd {
  end: number;
  innerStop: boolean;
  apostrophe: boolean;
}

function scanWord(text: string, start: number, found: WordEnd): void {
  const n = text.length;
  let innerStop = false;
  let apostrophe = false;
  let i = start + 1;
  for (; ; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? asciiWord[c] === 1 : i < n && isWideWordCode(text, c, i)) continue;
    if (i + 1 < n && isJoiner(c) && isWordCode(text, i + 1)) {
      innerStop ||= c === 46 && !(text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57);
      apostrophe ||= isApostrophe(c);
      continue;
    }
    break;
  }
  found.end = i;
  found.innerStop = innerStop;
  found.apostrophe = apostrophe;
}

/** The words of a text, in order. */
export function readWords(text: string): Words {
  const capacity = (text.length >> 1) + 2;
  const r: Reader = {
    text, count: 0, capacity, starts: new Int32Array(capacity), ends: new Int32Array(capacity),
    flags: new Uint8Array(capacity), form: new Int32Array(capacity), forms: [], known: new Map(),
  };
  const word: WordEnd = { end: 0, innerStop: false, apostrophe: false };
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128 ? asciiWord[c] === 0 : !isWideWordCode(text, c, i)) {
      i++;
      continue;
    }
    const start = i;
    scanWord(text, start, word);
    i = word.end;
    const stop = text.charCodeAt(i) === 46 && keepsStop(text.slice(start, i + 1), word.innerStop);
    addWord(r, start, stop ? i + 1 : i, word.apostrophe);
    if (stop) i++;
  }
  return { text, count: r.count, starts: r.starts, ends: r.ends, flags: r.flags, form: r.form, forms: r.forms };
}

/** Word `i` as a `Token`. */
export function tokenAt(words: Words, i: number): Token {
  const start = words.starts[i] as number;
  const end = words.ends[i] as number;
  const f = words.forms[words.form[i] as number];
  if (f !== undefined) return { text: f.text, start, end, lower: f.lower, flags: f.flags };
  const text = words.text.slice(start, end);
  return { text, start, end, lower: text, flags: words.flags[i] as number };
}

/** The text of word `i`. */
export function wordText(words: Words, i: number): string {
  const f = words.forms[words.form[i] as number];
  return f !== undefined ? f.text : words.text.slice(words.starts[i], words.ends[i]);
}

/** Word `i` in lower case. */
export function wordLower(words: Words, i: number): string {
  const f = words.forms[words.form[i] as number];
  return f !== undefined ? f.lower : words.text.slice(words.starts[i], words.ends[i]);
}

/** Index of the first word that starts at or after `pos`. */
export function firstWordFrom(words: Words, pos: number): number {
  let lo = 0;
  let hi = words.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words.starts[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
