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
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly flags: readonly number[];
  /** Index in `forms` of each word's written form; -1 for a word written in lower-case ASCII (its text is the same in lower case). */
  readonly form: readonly number[];
  readonly forms: readonly Form[];
}

/** Bits of `Token.flags`; `possessive`: the word ends in `’s` or `s’`. */
export const { capital, role, honorific, notName, pronoun } = wordFlag;
export const possessive = 32;

export const hasFlag = (t: Token, flag: number): boolean => (t.flags & flag) !== 0;

const letterOrDigit = /[\p{L}\p{N}]/u;
const upper = /\p{Lu}/u;

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return letterOrDigit.test(text[i] as string);
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

interface Reader {
  readonly words: Words & { count: number; starts: number[]; ends: number[]; flags: number[]; form: number[]; forms: Form[] };
  /** Form index of each written word seen so far. */
  readonly known: Map<string, number>;
}

/**
 * A word written in lower-case ASCII with no apostrophe gets its flags without a slice or a form
 * (form -1); its text is sliced only when a rule reads it. False for any other word.
 */
function addPlain(r: Reader, start: number, end: number, apostrophe: boolean): boolean {
  const flags = apostrophe ? -1 : plainWordFlags(r.words.text, start, end);
  if (flags < 0) return false;
  const w = r.words;
  w.starts.push(start);
  w.ends.push(end);
  w.flags.push(flags);
  w.form.push(-1);
  w.count++;
  return true;
}

function addWord(r: Reader, start: number, end: number): void {
  const w = r.words;
  const word = w.text.slice(start, end);
  let id = r.known.get(word);
  if (id === undefined) {
    const lower = word.toLowerCase();
    id = w.forms.length;
    w.forms.push({ text: word, lower, flags: flagsOf(word, lower) });
    r.known.set(word, id);
  }
  w.starts.push(start);
  w.ends.push(end);
  w.flags.push((w.forms[id] as Form).flags);
  w.form.push(id);
  w.count++;
}

/** The words of a text, in order. */
export function readWords(text: string): Words {
  const r: Reader = { words: { text, count: 0, starts: [], ends: [], flags: [], form: [], forms: [] }, known: new Map() };
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let innerStop = false;
    let apostrophe = false;
    for (i++; ; i++) {
      if (i < n && isWordCode(text, i)) continue;
      const c = text.charCodeAt(i);
      if (i + 1 < n && isJoiner(c) && isWordCode(text, i + 1)) {
        innerStop ||= c === 46 && !(text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57);
        apostrophe ||= isApostrophe(c);
        continue;
      }
      break;
    }
    const stop = text.charCodeAt(i) === 46 && keepsStop(text.slice(start, i + 1), innerStop);
    const end = stop ? i + 1 : i;
    if (!addPlain(r, start, end, apostrophe)) addWord(r, start, end);
    if (stop) i++;
  }
  return r.words;
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
