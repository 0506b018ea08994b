/**
 * Content terms of a text: lower-cased words without function words, spelled the American way,
 * reduced to a crude stem and to a synonym class, so paraphrases share terms
 * ("defence"/"defense", "relations"/"ties", "called on"/"met").
 */
import { IRREGULAR, PHRASES, SPELLING_RULES, STOPWORDS, SYNONYM_CLASSES } from './_lexicon.ts';
import { memoized } from '../shared/memo.ts';

const WORD = /[\p{L}][\p{L}'’\-]*|\d[\d,.]*\d|\d/gu;

const INFLECTIONS: readonly (readonly [string, string])[] = [
  ['ies', 'y'], ['ied', 'y'], ['ings', ''], ['ing', ''], ['ed', ''], ['es', ''], ['s', ''],
];

const DERIVATIONS: readonly (readonly [string, string])[] = [
  ['ization', 'iz'], ['ation', ''], ['ment', ''], ['ness', ''], ['ingly', ''], ['edly', ''], ['ity', ''],
  ['ically', 'ic'], ['ally', ''], ['ly', ''], ['er', ''], ['ive', ''], ['ional', ''], ['ion', ''], ['al', ''],
];

const VOWEL = /[aeiouy]/;

/** The last letters of a list's suffixes: a word ending otherwise has none of them. */
function lastLetters(suffixes: readonly (readonly [string, string])[]): ReadonlySet<string> {
  return new Set(suffixes.map(([suffix]) => suffix.slice(-1)));
}

const ENDINGS = new Map([INFLECTIONS, DERIVATIONS].map((list) => [list, lastLetters(list)]));

function strip(word: string, suffixes: readonly (readonly [string, string])[]): string {
  if (ENDINGS.get(suffixes)?.has(word.slice(-1)) === false) return word;
  for (const [suffix, replacement] of suffixes) {
    if (!word.endsWith(suffix)) continue;
    const base = word.slice(0, word.length - suffix.length) + replacement;
    if (base.length < 3 || !VOWEL.test(base)) continue;
    if (suffix === 's' && /(?:ss|us|is)$/.test(word)) return word;
    if (suffix === 'es' && !/(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -1);
    return base;
  }
  return word;
}

function stripSuffix(word: string): string {
  return strip(strip(word, INFLECTIONS), DERIVATIONS);
}

function undouble(word: string): string {
  return /([bdfgkmnprt])\1$/.test(word) ? word.slice(0, -1) : word;
}

function respell(word: string): string {
  let out = word;
  // The anchored patterns cost far more than a test for their cue, which most words lack.
  for (const rule of SPELLING_RULES) if (out.includes(rule.cue)) out = out.replace(rule.pattern, rule.replacement);
  return out;
}

/** The stem of one lower-case word, before synonym classes. */
export function stemWord(raw: string): string {
  const lower = raw.toLowerCase();
  const word = lower.includes("'") || lower.includes('’') ? lower.replace(/[’']s?$/, '').replace(/’/g, "'") : lower;
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  if (word.length <= 3) return word;
  let stem = stripSuffix(respell(word));
  stem = undouble(stem);
  while (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
  if (stem.length > 3 && stem.endsWith('y')) stem = `${stem.slice(0, -1)}i`;
  return stem;
}

function buildSynonyms(): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const line of SYNONYM_CLASSES) {
    const [head, ...rest] = line.split(' ').map(stemWord);
    if (head === undefined) continue;
    for (const stem of rest) if (!map.has(stem)) map.set(stem, head);
  }
  return map;
}

/** Stem → the stem of its synonym class's head (pure data, computed once from the word lists). */
const SYNONYMS: ReadonlyMap<string, string> = buildSynonyms();

/** The concept a word stands for: its stem, or the head of the stem's synonym class. */
export function conceptOf(word: string): string {
  const stem = stemWord(word);
  return SYNONYMS.get(stem) ?? stem;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}

/** A quick test before the phrase rewrites: most clauses hold none of their words. */
const PHRASE_CUE = /\b(?:call|hold|held|talk|exchang|shar|delv|work|agree|the two|per ?cent)/;

/** Lower-cases and replaces multi-word expressions by their concept word. */
function normalisePhrases(text: string): string {
  let out = text.toLowerCase();
  if (out.includes('’') || out.includes('‘')) out = out.replace(/[‘’]/g, "'");
  if (!PHRASE_CUE.test(out)) return out;
  for (const [pattern, replacement] of PHRASES) out = out.replace(pattern, replacement);
  return out;
}

/** Word tokens of a text, in order, with their position. */
export function words(text: string): { readonly word: string; readonly start: number; readonly end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    out.push({ word: match[0], start, end: start + match[0].length });
  }
  return out;
}

/** How many tokens `words` finds in a text (the same matches, without an object per token). */
export function tokenCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** The number of word tokens `words` finds in a text, counted without building them (a plain loop: it is hot). */
export function wordCount(text: string): number {
  let count = 0;
  let inside = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const letterOrDigit = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code > 127 && code !== 8217 && code !== 8220 && code !== 8221 && code !== 8212 && code !== 8211 && code !== 160);
    const joiner = code === 39 || code === 45 || code === 8217 || ((code === 44 || code === 46) && inside);
    if (letterOrDigit) {
      if (!inside) count += 1;
      inside = true;
    } else if (!(joiner && inside)) inside = false;
  }
  return count;
}

/** Word → concept memo for one analysis (a value passed in, never a module global). */
export type TermCache = Map<string, string>;

/** The concept of a word, memoised in the analysis's cache when one is given. */
export function cachedConcept(word: string, cache: TermCache | undefined): string {
  return memoized(cache, word, conceptOf);
}

/** Adds the content concepts of one token of normalised text to `out` (none for a function word or a number). */
function addTokenTerms(token: string, cache: TermCache | undefined, out: string[]): void {
  const word = token.endsWith('s') && (token.endsWith("'s") || token.endsWith('’s')) ? token.slice(0, -2) : token;
  // A `WORD` token is a number exactly when it opens with a digit (letters never do): no regex per token.
  const first = word.charCodeAt(0);
  if (word.length < 2 || STOPWORDS.has(word) || (first >= 48 && first <= 57)) return;
  if (!word.includes('-')) {
    out.push(cachedConcept(word, cache));
    return;
  }
  for (const part of word.split('-')) {
    if (part.length < 2 || STOPWORDS.has(part)) continue;
    out.push(cachedConcept(part, cache));
  }
}

/** The content concepts of a text (numbers excluded: they travel separately). */
export function contentTerms(text: string, cache?: TermCache): string[] {
  const out: string[] = [];
  for (const token of normalisePhrases(text).match(WORD) ?? []) addTokenTerms(token, cache, out);
  return out;
}

/** True when at least `count` of the text's content concepts pass `keep`; concepts after those are not worked out. */
export function hasContentTerms(text: string, count: number, keep: (term: string) => boolean, cache?: TermCache): boolean {
  if (count <= 0) return true;
  let found = 0;
  const terms: string[] = [];
  for (const token of normalisePhrases(text).match(WORD) ?? []) {
    terms.length = 0;
    addTokenTerms(token, cache, terms);
    for (const term of terms) if (keep(term) && ++found >= count) return true;
  }
  return false;
}

/** Numbers written with digits in a text, normalised (`1,200` → `1200`). */
export function numbersIn(text: string): string[] {
  return (text.match(/\d[\d,.]*\d|\d/g) ?? []).map((n) => n.replace(/,/g, ''));
}
