/**
 * Who could be speaking: names (runs of capitalised words, with the titles and demonyms written
 * before them), pronouns and descriptions (`the Pakistani leader`). Names are linked to the nlp
 * stage's entities where one fits; without entities the rules fall back on the text alone.
 */
import type { ArticleEntity, Span } from '../types.ts';
import { isHonorific, isNotName, isRole, pronounKind, type PronounKind } from './_lexicon.ts';

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

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

const tokenPattern = /[\p{L}\p{N}]+(?:[’'.\-&][\p{L}\p{N}]+)*\.?/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = from;
  for (let m = tokenPattern.exec(text); m !== null && m.index < to; m = tokenPattern.exec(text)) {
    let word = m[0];
    if (word.endsWith('.') && !isHonorific(word) && !/^(?:\p{Lu}\.)+$/u.test(word) && !/\.\p{L}/u.test(word)) word = word.slice(0, -1);
    tokens.push({ text: word, start: m.index, end: m.index + word.length });
  }
  return tokens;
}

const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
const possessive = (w: string): boolean => /[’']s$/.test(w) || /s[’']$/.test(w);
const bareName = (w: string): string => w.replace(/[’']s$/, '').replace(/[’']$/, '');
const titleWord = (w: string): boolean => isRole(w) || isHonorific(w);

function isNameToken(tok: Token): boolean {
  return capitalised(tok.text) && !titleWord(tok.text) && !isNotName(tok.text);
}

/** True when only one space (no punctuation) separates two tokens. */
const joined = (text: string, a: Token, b: Token): boolean => /^ $/.test(text.slice(a.end, b.start));

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
    if (!/^ +$/.test(text.slice(tok.end, next.start)) && !(titleWord(tok.text) && text.slice(tok.end, next.start) === '. ')) break;
    if (!titleWord(tok.text) && !(capitalised(tok.text) && !isNotName(tok.text))) break;
    words.unshift(bareName(tok.text).toLowerCase().replace(/\.$/, ''));
  }
  return words;
}

/** True when a run is itself a modifier: followed by a title and another name (`Russian President X`). */
function isModifierRun(text: string, tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  while (k < tokens.length && titleWord((tokens[k] as Token).text) && joined(text, tokens[k - 1] as Token, tokens[k] as Token)) k++;
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
  const before = text.slice(Math.max(0, tok.start - 4), tok.start);
  if (/["\u201C\u2018]$/.test(before)) return true;
  const trimmed = before.replace(/[ \t]+$/, '');
  return trimmed === '' || /(?:[.!?:\n]|[.!?]["\u201D\u2019])$/.test(trimmed);
}

/**
 * Capitalised words seen away from a sentence start. A one-word run that only ever opens sentences
 * (`Critics say…`) is an ordinary word, not a name.
 */
function midSentenceWords(text: string, tokens: readonly Token[]): Set<string> {
  return new Set(tokens.filter((t) => capitalised(t.text) && !opensSentence(text, t)).map((t) => bareName(t.text)));
}

/** True when a title stands right before token `first` (`Mr. Roe`, `Gov. Roe`). */
function titled(text: string, tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  return prev !== undefined && titleWord(prev.text) && /^\.? $/.test(text.slice(prev.end, (tokens[first] as Token).start));
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
    if (/^(?:the|this|that)$/i.test(tok.text)) return k;
    if (isNotName(tok.text)) return -1;
  }
  return -1;
}

function findDescriptions(text: string, tokens: readonly Token[]): Mention[] {
  const found: Mention[] = [];
  tokens.forEach((tok, head) => {
    const next = tokens[head + 1];
    if (!isRole(tok.text)) return;
    if (next && joined(text, tok, next) && (titleWord(next.text) || isNameToken(next))) return;
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

function findPronouns(text: string): Mention[] {
  return [...text.matchAll(/\b(?:he|she|they|it|we|I)\b/giu)].map((m) => ({
    kind: 'pronoun', span: { start: m.index, end: m.index + m[0].length }, text: m[0], modifiers: [],
    possessive: false, pronoun: pronounKind(m[0]), entity: null,
  }));
}

/** Every mention of a text, in order of position. */
export function findMentions(text: string, entities: readonly ArticleEntity[]): Mention[] {
  const tokens = tokenize(text);
  const descriptions = findDescriptions(text, tokens);
  const names = findNames(text, tokens, entities).filter((n) => !descriptions.some((d) => d.span.start <= n.span.start && n.span.end <= d.span.end));
  return [...names, ...descriptions, ...findPronouns(text)].sort((a, b) => a.span.start - b.span.start);
}
