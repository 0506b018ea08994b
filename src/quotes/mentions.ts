/**
 * Who could be speaking: names (runs of capitalised words, with the titles and demonyms written
 * before them), pronouns and descriptions (`the Pakistani leader`). Names are linked to the nlp
 * stage's entities where one fits; without entities the rules fall back on the text alone.
 */
import type { ArticleEntity, Span } from '../types.ts';
import { pronounKind, type PronounKind } from './_lexicon.ts';
import { indexEntities, linkEntity, type EntityLinks } from './entity-links.ts';
import { capital, honorific, notName, possessive, pronoun, role, wordLower, wordText, type Form, type Token, type Words } from './tokens.ts';

export type { Token };

export interface Mention {
  readonly kind: 'name' | 'pronoun' | 'description';
  /** The name, pronoun or description itself (titles before a name are not in it). */
  readonly span: Span;
  readonly text: string;
  /** Lower-cased titles, roles and demonyms written before a name; a description's words as written. */
  readonly modifiers: readonly string[];
  readonly possessive: boolean;
  readonly pronoun: PronounKind | null;
  readonly entity: ArticleEntity | null;
}

const bareName = (w: string): string => w.replace(/[’']s$/, '').replace(/[’']$/, '');
const isTitle = (w: Words, i: number): boolean => ((w.flags[i] as number) & (role | honorific)) !== 0;
const has = (w: Words, i: number, flag: number): boolean => ((w.flags[i] as number) & flag) !== 0;

function isName(w: Words, i: number): boolean {
  return ((w.flags[i] as number) & (capital | role | honorific | notName)) === capital;
}

/** True when only one space (no punctuation) separates words `a` and `b`. */
const joined = (text: string, w: Words, a: number, b: number): boolean =>
  w.starts[b] === (w.ends[a] as number) + 1 && text.charCodeAt(w.ends[a] as number) === 32;

/** Runs of name words: [first, last] word indexes. */
function nameRuns(text: string, w: Words): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < w.count) {
    if (!isName(w, i)) {
      i++;
      continue;
    }
    let j = i;
    while (!has(w, j, possessive) && j + 1 < w.count && isName(w, j + 1) && joined(text, w, j, j + 1)) j++;
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

/** Lower-cased titles, roles and capitalised modifiers written just before word `first`. */
function modifiersBefore(text: string, w: Words, first: number): string[] {
  const words: string[] = [];
  for (let k = first - 1; k >= 0 && words.length < 5; k--) {
    const gap = text.slice(w.ends[k], w.starts[k + 1]);
    if (!/^ +$/.test(gap) && !(isTitle(w, k) && gap === '. ')) break;
    if (!isTitle(w, k) && !(has(w, k, capital) && !has(w, k, notName))) break;
    words.unshift(bareName(wordText(w, k)).toLowerCase().replace(/\.$/, ''));
  }
  return words;
}

/** True when a run is itself a modifier: followed by a title and another name (`Russian President X`). */
function isModifierRun(text: string, w: Words, last: number): boolean {
  let k = last + 1;
  while (k < w.count && isTitle(w, k) && joined(text, w, k - 1, k)) k++;
  return k > last + 1 && k < w.count && isName(w, k);
}

/** True when a word starting at `start` opens a sentence, a paragraph or a quote. */
function opensSentence(text: string, start: number): boolean {
  const from = Math.max(0, start - 4);
  let i = start - 1;
  if (i >= from && /["\u201C\u2018]/.test(text[i] as string)) return true;
  while (i >= from && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < from) return true;
  const c = text[i] as string;
  if (c === '.' || c === '!' || c === '?' || c === ':' || c === '\n') return true;
  return i > from && /["\u201D\u2019]/.test(c) && /[.!?]/.test(text[i - 1] as string);
}

/**
 * Capitalised words seen away from a sentence start. A one-word run that only ever opens sentences
 * (`Critics say…`) is an ordinary word, not a name.
 */
function midSentenceWords(text: string, w: Words): Set<string> {
  const words = new Set<string>();
  for (let i = 0; i < w.count; i++) if (has(w, i, capital) && !opensSentence(text, w.starts[i] as number)) words.add(bareName(wordText(w, i)));
  return words;
}

/** True when a title stands right before word `first` (`Mr. Roe`, `Gov. Roe`). */
function titled(text: string, w: Words, first: number): boolean {
  return first > 0 && isTitle(w, first - 1) && /^\.? $/.test(text.slice(w.ends[first - 1], w.starts[first]));
}

function nameMention(text: string, w: Words, [first, last]: [number, number], links: EntityLinks): Mention {
  const start = w.starts[first] as number;
  const raw = text.slice(start, w.ends[last]);
  const name = bareName(raw);
  const span = { start, end: start + name.length };
  return {
    kind: 'name', span, text: name, modifiers: modifiersBefore(text, w, first),
    possessive: has(w, last, possessive), pronoun: null, entity: linkEntity(links, name, span),
  };
}

function findNames(text: string, w: Words, links: EntityLinks): Mention[] {
  const seen = midSentenceWords(text, w);
  const known = (word: string): boolean => seen.has(word) || links.written.has(word);
  const found: Mention[] = [];
  for (const run of nameRuns(text, w)) {
    const [first, last] = run;
    if (isModifierRun(text, w, last)) continue;
    const single = first === last && !titled(text, w, first) && opensSentence(text, w.starts[first] as number);
    if (single && !known(bareName(wordText(w, first)))) continue;
    found.push(nameMention(text, w, run, links));
  }
  return found;
}

/** The word index of a determiner opening a description that ends at word `head`, or -1. */
function descriptionStart(text: string, w: Words, head: number): number {
  for (let k = head - 1; k >= 0 && k >= head - 4; k--) {
    if (!/^\s+$/.test(text.slice(w.ends[k], w.starts[k + 1]))) return -1;
    const lower = wordLower(w, k);
    if (lower === 'the' || lower === 'this' || lower === 'that') return k;
    if (has(w, k, notName)) return -1;
  }
  return -1;
}

function findDescriptions(text: string, w: Words): Mention[] {
  const found: Mention[] = [];
  for (let head = 0; head < w.count; head++) {
    if (!has(w, head, role)) continue;
    const next = head + 1;
    if (next < w.count && joined(text, w, head, next) && (isTitle(w, next) || isName(w, next))) continue;
    const first = descriptionStart(text, w, head);
    if (first < 0) continue;
    const start = w.starts[first] as number;
    const end = w.ends[head] as number;
    const words: string[] = [];
    for (let k = first + 1; k <= head; k++) words.push(bareName(wordText(w, k)));
    found.push({
      kind: 'description', span: { start, end }, text: text.slice(start, end), modifiers: words,
      possessive: has(w, head, possessive), pronoun: null, entity: null,
    });
  }
  return found;
}

/** `he`, `she`, `they`, `it`, `we`, `I` (not the possessive and object forms). */
const subjectPronoun = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

function beforeApostrophe(word: string): string {
  const at = Math.max(word.indexOf("'"), word.indexOf('’'));
  return at > 0 ? word.slice(0, at) : '';
}

/** The subject pronoun a written form is or starts with (`he's`, `we're`), or ''. */
function subjectPronounOf(f: Form): string {
  const word = (f.flags & pronoun) !== 0 ? f.lower : f.lower.length <= 7 ? beforeApostrophe(f.lower) : '';
  return subjectPronoun.has(word) ? word : '';
}

/** The subject pronoun a lower-case word without an apostrophe is, or ''. */
const plainSubjectPronoun = (lower: string): string => (subjectPronoun.has(lower) ? lower : '');

function findPronouns(w: Words): Mention[] {
  const byForm = w.forms.map(subjectPronounOf);
  const found: Mention[] = [];
  for (let i = 0; i < w.count; i++) {
    const form = w.form[i] as number;
    const word = form >= 0 ? (byForm[form] as string) : has(w, i, pronoun) ? plainSubjectPronoun(wordLower(w, i)) : '';
    if (word === '') continue;
    const start = w.starts[i] as number;
    found.push({
      kind: 'pronoun', span: { start, end: start + word.length }, text: wordText(w, i).slice(0, word.length),
      modifiers: [], possessive: false, pronoun: pronounKind(word), entity: null,
    });
  }
  return found;
}

/** Every mention of a text, in order of position. */
export function findMentions(text: string, words: Words, entities: readonly ArticleEntity[]): Mention[] {
  const descriptions = findDescriptions(text, words);
  const names = findNames(text, words, indexEntities(entities)).filter((n) => !descriptions.some((d) => d.span.start <= n.span.start && n.span.end <= d.span.end));
  return [...names, ...descriptions, ...findPronouns(words)].sort((a, b) => a.span.start - b.span.start);
}
