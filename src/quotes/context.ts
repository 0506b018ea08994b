/**
 * The text around one article's quotes, read once: tokens, mentions and quote-aware sentences, with
 * the look-ups the attribution rules need (tokens of a range outside quotes, the mention at a token,
 * whether a mention stands where an object would).
 */
import type { ArticleEntity, Span } from '../types.ts';
import { isHonorific, isNotName, isRole, isSpeechVerb, takesListener } from './_lexicon.ts';
import { findMentions, type Mention } from './mentions.ts';
import { firstWordFrom, readWords, tokenAt, type Token, type Words } from './tokens.ts';
import { collectPersons, personOf, type Persons } from './persons.ts';
import type { ScannedQuote } from './scan.ts';
import { splitSentences } from './sentences.ts';

export interface QuoteContext {
  readonly text: string;
  readonly quotes: readonly ScannedQuote[];
  readonly sentences: readonly Span[];
  readonly words: Words;
  readonly mentions: readonly Mention[];
  /** The people (and speaking organisations) of the article, by full name. */
  readonly persons: Persons;
}

export function buildContext(text: string, paragraphs: readonly Span[], quotes: readonly ScannedQuote[], entities: readonly ArticleEntity[]): QuoteContext {
  const words = readWords(text);
  const mentions = findMentions(text, words, entities);
  return {
    text,
    quotes,
    sentences: splitSentences(text, paragraphs, quotes),
    words,
    mentions,
    persons: collectPersons(text, mentions),
  };
}

/** Index of the first item whose start is at or after `pos`. */
function lowerBound<T>(items: readonly T[], pos: number, startOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid] as T) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function isQuoted(ctx: QuoteContext, pos: number): boolean {
  const i = lowerBound(ctx.quotes, pos + 1, (q) => q.outer.start) - 1;
  const q = ctx.quotes[i];
  return q !== undefined && pos >= q.outer.start && pos < q.outer.end;
}

/** Tokens that start in [from, to) and lie outside every quote. */
export function tokensIn(ctx: QuoteContext, from: number, to: number): Token[] {
  const found: Token[] = [];
  const { words } = ctx;
  for (let i = firstWordFrom(words, from); i < words.count; i++) {
    const start = words.starts[i] as number;
    if (start >= to) break;
    if (!isQuoted(ctx, start)) found.push(tokenAt(words, i));
  }
  return found;
}

/** Mentions that start in [from, to) and lie outside every quote. */
export function mentionsIn(ctx: QuoteContext, from: number, to: number): Mention[] {
  const found: Mention[] = [];
  for (let i = lowerBound(ctx.mentions, from, (m) => m.span.start); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i] as Mention;
    if (m.span.start >= to) break;
    if (!isQuoted(ctx, m.span.start)) found.push(m);
  }
  return found;
}

/** The mention (name, description or pronoun) whose words start at `pos`, titles included. */
export function mentionAt(ctx: QuoteContext, pos: number): Mention | null {
  const near = mentionsIn(ctx, pos, pos + 60);
  return near.find((m) => m.span.start === pos || (m.kind === 'name' && titlesBetween(ctx.text, pos, m.span.start))) ?? null;
}

/** True when only titles and modifiers (capitalised words, roles) lie between two positions. */
function titlesBetween(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  if (gap.length === 0 || !/^(?:[\p{L}’'.-]+ )+$/u.test(gap)) return false;
  const words = gap.trim().split(' ');
  return words.length <= 6 && words.every((w) => isRole(w) || isHonorific(w) || /^(?:the|a|an)$/i.test(w) || (!isNotName(w) && !isSpeechVerb(w)));
}

const prepositions = /^(?:to|with|at|in|on|of|for|from|by|about|between|among|against|over|under|into|through|during|after|before|toward|towards|than|as|like|upon|via|including)$/i;

/** True when the words just before a mention make it an object: `told Y`, `with Y`. */
export function inObjectPosition(ctx: QuoteContext, m: Mention): boolean {
  const toks = tokensIn(ctx, Math.max(0, m.span.start - 80), m.span.start);
  const before = toks.slice(0, toks.length - (m.kind === 'name' ? m.modifiers.length : 0));
  const prev = before[before.length - 1];
  if (prev === undefined) return false;
  if (!/^\s*$/.test(ctx.text.slice(prev.end, toks[before.length]?.start ?? m.span.start))) return false;
  return prepositions.test(prev.text) || takesListener(prev.text) || (!isSpeechVerb(prev.text) && /ing$/i.test(prev.text));
}

/** True when a mention can stand for a person: a pronoun, a description, or a person's name. */
export function mayBePerson(ctx: QuoteContext, m: Mention): boolean {
  if (m.kind !== 'name') return true;
  return personOf(m, ctx.persons)?.person ?? false;
}
