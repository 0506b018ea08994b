/**
 * Who could be speaking: names (runs of capitalised words, with the titles and demonyms written
 * before them), pronouns and descriptions (`the Pakistani leader`). Names are linked to the nlp
 * stage's entities where one fits; without entities the rules fall back on the text alone.
 */
import type { ArticleEntity, Span } from '../types.ts';
import { pronounKind, type PronounKind } from './_lexicon.ts';
import { capital, hasFlag, honorific, notName, pronoun, role, type Token } from './tokens.ts';

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

const possessive = (w: string): boolean => /[’']s$/.test(w) || /s[’']$/.test(w);
const bareName = (w: string): string => w.replace(/[’']s$/, '').replace(/[’']$/, '');
const titleWord = (t: Token): boolean => (t.flags & (role | honorific)) !== 0;

function isNameToken(tok: Token): boolean {
  return (tok.flags & (capital | role | honorific | notName)) === capital;
}

/** True when only one space (no punctuation) separates two tokens. */
const joined = (text: string, a: Token, b: Token): boolean => b.start === a.end + 1 && text.charCodeAt(a.end) === 32;

/** Runs of name tokens: [first, last] token indexes. */
function nameRuns(text: string, tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i];
    if (tok === undefined || !isNameToken(tok)) {
      i++;
      continue;
    }
    let j = i;
    while (!possessive(tokens[j]?.text ?? '') && j + 1 < tokens.length && isNameToken(tokens[j + 1] as Token) && joined(text, tokens[j] as Token, tokens[j + 1] as Token)) j++;
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

/** Lower-cased titles, roles and capitalised modifiers written just before token `first`. */
function modifiersBefore(text: string, tokens: readonly Token[], first: number): string[] {
  const words: string[] = [];
  for (let k = first - 1; k >= 0 && words.length < 5; k--) {
    const tok = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (!/^ +$/.test(text.slice(tok.end, next.start)) && !(titleWord(tok) && text.slice(tok.end, next.start) === '. ')) break;
    if (!titleWord(tok) && !(hasFlag(tok, capital) && !hasFlag(tok, notName))) break;
    words.unshift(bareName(tok.text).toLowerCase().replace(/\.$/, ''));
  }
  return words;
}

/** True when a run is itself a modifier: followed by a title and another name (`Russian President X`). */
function isModifierRun(text: string, tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  while (k < tokens.length && titleWord(tokens[k] as Token) && joined(text, tokens[k - 1] as Token, tokens[k] as Token)) k++;
  return k > last + 1 && k < tokens.length && isNameToken(tokens[k] as Token);
}

function linkEntity(name: string, span: Span, entities: readonly ArticleEntity[]): ArticleEntity | null {
  const lower = name.toLowerCase();
  const bySpan = entities.find((e) => e.mentions.some((m) => m.start < span.end && span.start < m.end));
  if (bySpan) return bySpan;
  const byAlias = entities.find((e) => e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower));
  if (byAlias) return byAlias;
  return entities.find((e) => e.type === 'person' && e.name.toLowerCase().split(/\s+/).pop() === lower.split(/\s+/).pop()) ?? null;
}

/** True when a token opens a sentence, a paragraph or a quote. */
function opensSentence(text: string, tok: Token): boolean {
  const from = Math.max(0, tok.start - 4);
  let i = tok.start - 1;
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
function midSentenceWords(text: string, tokens: readonly Token[]): Set<string> {
  const words = new Set<string>();
  for (const t of tokens) if (hasFlag(t, capital) && !opensSentence(text, t)) words.add(bareName(t.text));
  return words;
}

/** True when a title stands right before token `first` (`Mr. Roe`, `Gov. Roe`). */
function titled(text: string, tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  return prev !== undefined && titleWord(prev) && /^\.? $/.test(text.slice(prev.end, (tokens[first] as Token).start));
}

function findNames(text: string, tokens: readonly Token[], entities: readonly ArticleEntity[]): Mention[] {
  const seen = midSentenceWords(text, tokens);
  const known = (word: string): boolean => seen.has(word) || entities.some((e) => e.aliases.includes(word) || e.name === word);
  return nameRuns(text, tokens)
    .filter(([, last]) => !isModifierRun(text, tokens, last))
    .filter(([first, last]) => first !== last || titled(text, tokens, first) || !opensSentence(text, tokens[first] as Token) || known(bareName((tokens[first] as Token).text)))
    .map(([first, last]) => {
      const start = (tokens[first] as Token).start;
      const lastTok = tokens[last] as Token;
      const raw = text.slice(start, lastTok.end);
      const name = bareName(raw);
      const span = { start, end: start + name.length };
      return {
        kind: 'name', span, text: name, modifiers: modifiersBefore(text, tokens, first),
        possessive: possessive(lastTok.text), pronoun: null, entity: linkEntity(name, span, entities),
      };
    });
}

/** The token index of a determiner opening a description that ends at token `head`, or -1. */
function descriptionStart(text: string, tokens: readonly Token[], head: number): number {
  for (let k = head - 1; k >= 0 && k >= head - 4; k--) {
    const tok = tokens[k] as Token;
    if (!/^\s+$/.test(text.slice(tok.end, (tokens[k + 1] as Token).start))) return -1;
    if (tok.lower === 'the' || tok.lower === 'this' || tok.lower === 'that') return k;
    if (hasFlag(tok, notName)) return -1;
  }
  return -1;
}

function findDescriptions(text: string, tokens: readonly Token[]): Mention[] {
  const found: Mention[] = [];
  tokens.forEach((tok, head) => {
    const next = tokens[head + 1];
    if (!hasFlag(tok, role)) return;
    if (next && joined(text, tok, next) && (titleWord(next) || isNameToken(next))) return;
    const first = descriptionStart(text, tokens, head);
    if (first < 0) return;
    const start = (tokens[first] as Token).start;
    const words = tokens.slice(first + 1, head + 1).map((t) => bareName(t.text));
    found.push({
      kind: 'description', span: { start, end: tok.end }, text: text.slice(start, tok.end), modifiers: words,
      possessive: possessive(tok.text), pronoun: null, entity: null,
    });
  });
  return found;
}

/** `he`, `she`, `they`, `it`, `we`, `I` (not the possessive and object forms). */
const subjectPronoun = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

function beforeApostrophe(word: string): string {
  const at = Math.max(word.indexOf("'"), word.indexOf('’'));
  return at > 0 ? word.slice(0, at) : '';
}

function findPronouns(tokens: readonly Token[]): Mention[] {
  const found: Mention[] = [];
  for (const t of tokens) {
    // `he's`, `we're`: the pronoun before the apostrophe.
    const word = hasFlag(t, pronoun) ? t.lower : t.lower.length <= 7 ? beforeApostrophe(t.lower) : '';
    if (!subjectPronoun.has(word)) continue;
    const end = t.start + word.length;
    found.push({ kind: 'pronoun', span: { start: t.start, end }, text: t.text.slice(0, word.length), modifiers: [], possessive: false, pronoun: pronounKind(word), entity: null });
  }
  return found;
}

/** Every mention of a text, in order of position. */
export function findMentions(text: string, tokens: readonly Token[], entities: readonly ArticleEntity[]): Mention[] {
  const descriptions = findDescriptions(text, tokens);
  const names = findNames(text, tokens, entities).filter((n) => !descriptions.some((d) => d.span.start <= n.span.start && n.span.end <= d.span.end));
  return [...names, ...descriptions, ...findPronouns(tokens)].sort((a, b) => a.span.start - b.span.start);
}
