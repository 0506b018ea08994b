/**
 * Words of an article, read once with a character scanner (no per-word regular expressions), each
 * with its lower-case form and what the lexicon says about it (capitalised, a role, an honorific, a
 * word that is never a name, a pronoun), so the rules that run over every word only test bits.
 */
import { isHonorific, lexiconFlags, wordFlag } from './_lexicon.ts';

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** `text` in lower case. */
  readonly lower: string;
  /** What the word is: `capital`, `role`… bits (see `hasFlag`). */
  readonly flags: number;
}

/** Bits of `Token.flags`. */
export const { capital, role, honorific, notName, pronoun } = wordFlag;

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

function flagsOf(text: string, lower: string): number {
  const first = text.charCodeAt(0);
  const upperCase = (first >= 65 && first <= 90) || (first >= 128 && upper.test(text[0] as string));
  return (upperCase ? capital : 0) | lexiconFlags(lower);
}

/** A full stop stays with a word only after an honorific (`Mr.`), an initial or an acronym (`U.S.`). */
function keepsStop(word: string, innerStop: boolean): boolean {
  if (innerStop || isHonorific(word)) return true;
  return word.length === 2 && upper.test(word[0] as string);
}

/** What is known about a written word, looked up once per distinct word of an article. */
type Known = Map<string, { readonly lower: string; readonly flags: number }>;

function makeToken(text: string, start: number, end: number, known: Known): Token {
  const word = text.slice(start, end);
  let facts = known.get(word);
  if (facts === undefined) {
    const lower = word.toLowerCase();
    facts = { lower, flags: flagsOf(word, lower) };
    known.set(word, facts);
  }
  return { text: word, start, end, lower: facts.lower, flags: facts.flags };
}

/** The words that start in [from, to). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const known: Known = new Map();
  const n = text.length;
  let i = from;
  while (i < to) {
    if (!isWordCode(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let innerStop = false;
    for (i++; ; i++) {
      if (i < n && isWordCode(text, i)) continue;
      const c = text.charCodeAt(i);
      if (i + 1 < n && isJoiner(c) && isWordCode(text, i + 1)) {
        innerStop ||= c === 46 && !(text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57);
        continue;
      }
      break;
    }
    const stop = text.charCodeAt(i) === 46 && keepsStop(text.slice(start, i + 1), innerStop);
    tokens.push(makeToken(text, start, stop ? i + 1 : i, known));
    if (stop) i++;
  }
  return tokens;
}
