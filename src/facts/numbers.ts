/**
 * Number slots of a clause: a count written with digits or words ("40", "forty", "1.2 million",
 * "8%"), the concept of the noun it counts (the last word of the noun phrase after it: "40 joint
 * research projects" counts projects), the words between (modifiers) and the predicate that governs
 * it (the participle after the noun, "were killed", or the content word before the number, "fund").
 * Dates, ordinals ("80th") and codes glued to letters ("S-400") are not counts.
 */
import type { Span } from '../types.ts';
import { IRREGULAR, MULTIPLIERS, NUMBER_SKIP_BEFORE, NUMBER_WORDS, PHRASE_BREAK, PREDICATE_AUX, TIME_UNIT_WORDS } from './_lexicon.ts';
import type { NumberMention } from './model.ts';
import { cachedConcept, conceptOf, isStopword, words, type TermCache } from './terms.ts';

type Token = ReturnType<typeof words>[number];

/** Words that make a number word a reference rather than a count ("the two", "their three"). */
const DETERMINER = /^(?:the|these|those|their|its|our|his|her|all|both)$/i;
const MAX_NOUN_WORDS = 4;
const MAX_PREDICATE_REACH = 4;
/** Concepts of duration nouns (pure data, computed once from the word list). */
const TIME_UNITS: ReadonlySet<string> = new Set(TIME_UNIT_WORDS.map(conceptOf));
/** A quick test before tokenising: most clauses hold no count at all. */
const MAY_HOLD_NUMBER = new RegExp(`\\d|\\b(?:${[...NUMBER_WORDS.keys()].join('|')})`, 'i');
/** A token that may be a count: digits, or a number word (alone or first in a compound). */
const COUNT_TOKEN = new RegExp(`^(?:\\d|(?:${[...NUMBER_WORDS.keys()].join('|')})(?:-|$))`, 'i');
const PERCENT = /^(?:\s*%|\s+per\s?cent\b)/i;

function numberWordValue(word: string): number | null {
  let total = 0;
  for (const part of word.toLowerCase().split('-')) {
    const value = NUMBER_WORDS.get(part);
    if (value === undefined) return null;
    total += value;
  }
  return total;
}

/** The numeric value of the token at i (digits or a number word), or null when it is no count. */
function baseValue(text: string, tokens: readonly Token[], i: number): number | null {
  const token = tokens[i] as Token;
  if (/^\d/.test(token.word)) {
    if (/[\p{L}-]/u.test(text.charAt(token.start - 1)) || /\p{L}/u.test(text.charAt(token.end))) return null;
    const value = Number.parseFloat(token.word.replace(/,/g, ''));
    return Number.isFinite(value) ? value : null;
  }
  const value = numberWordValue(token.word);
  if (value === null || value === 1) return null;
  const before = tokens[i - 1];
  if (before !== undefined && DETERMINER.test(before.word)) return null;
  const after = tokens[i + 1];
  return after !== undefined && /^of$/i.test(after.word) ? null : value;
}

/** True when only white space (or a hyphen) stands between two tokens: the same phrase. */
function adjacent(text: string, a: Token, b: Token): boolean {
  return /^[\s-]*$/.test(text.slice(a.end, b.start));
}

interface NounPhrase {
  readonly words: readonly Token[];
  /** Index of the first token after the phrase. */
  readonly next: number;
}

/** The noun phrase after the number (and its multiplier): content words up to a function word or punctuation. */
function nounPhrase(text: string, tokens: readonly Token[], from: number): NounPhrase {
  const out: Token[] = [];
  let i = from;
  let previous = tokens[from - 1];
  while (i < tokens.length && out.length < MAX_NOUN_WORDS) {
    const token = tokens[i] as Token;
    if (previous !== undefined && !adjacent(text, previous, token)) break;
    if (isStopword(token.word) || /^\d/.test(token.word) || /ly$/i.test(token.word) || PHRASE_BREAK.has(token.word.toLowerCase())) break;
    if (out.length > 0 && (/ed$/i.test(token.word) || IRREGULAR.has(token.word.toLowerCase()))) break;
    out.push(token);
    previous = token;
    i += 1;
  }
  return { words: out, next: i };
}

/** The participle after the noun phrase ("were killed", "missing"), skipping auxiliaries. */
function predicateAfter(text: string, tokens: readonly Token[], from: number, cache: TermCache | undefined): string {
  let i = from;
  while (i < tokens.length && PREDICATE_AUX.has((tokens[i] as Token).word.toLowerCase())) i += 1;
  const token = tokens[i];
  if (token === undefined || /[,;:.]/.test(text.slice((tokens[from - 1] as Token).end, token.start))) return '';
  return /(?:ed|en)$/i.test(token.word) || /^(?:dead|missing|hurt)$/i.test(token.word) ? cachedConcept(token.word, cache) : '';
}

/** The content words just before the number ("fund 40", "commits both states to 30"), nearest first. */
function predicatesBefore(tokens: readonly Token[], at: number, cache: TermCache | undefined): string[] {
  const out: string[] = [];
  for (let i = at - 1; i >= Math.max(0, at - MAX_PREDICATE_REACH) && out.length < 2; i -= 1) {
    const word = (tokens[i] as Token).word;
    if (/^\d/.test(word) || NUMBER_SKIP_BEFORE.has(word.toLowerCase()) || isStopword(word)) continue;
    if (/^\p{Lu}/u.test(word)) break;
    out.push(cachedConcept(word, cache));
  }
  return out;
}

function inside(at: number, spans: readonly Span[]): boolean {
  return spans.some((s) => at >= s.start && at < s.end);
}

/** One slot at token i, or null when the token is no count. */
function slotAt(text: string, tokens: readonly Token[], i: number, cache: TermCache | undefined): NumberMention | null {
  let value = baseValue(text, tokens, i);
  if (value === null) return null;
  let from = i + 1;
  const multiplier = tokens[from];
  const factor = multiplier === undefined ? undefined : MULTIPLIERS.get(multiplier.word.toLowerCase());
  if (factor !== undefined) {
    value *= factor;
    from += 1;
  }
  const last = tokens[from - 1] as Token;
  const percent = PERCENT.exec(text.slice(last.end));
  const phrase = percent ? { words: [], next: from } : nounPhrase(text, tokens, from);
  const head = phrase.words.at(-1);
  const noun = percent ? 'percent' : head === undefined ? '' : cachedConcept(head.word, cache);
  const end = percent ? last.end + percent[0].length : (head ?? last).end;
  return {
    value: String(value),
    noun: TIME_UNITS.has(noun) ? '' : noun,
    modifiers: phrase.words.slice(0, -1).map((t) => cachedConcept(t.word, cache)),
    predicates: [predicateAfter(text, tokens, phrase.next, cache), ...predicatesBefore(tokens, i, cache)].filter((p) => p !== ''),
    text: text.slice((tokens[i] as Token).start, end),
  };
}

export interface SlotInput {
  /** The clause's start in the article text. */
  readonly offset: number;
  /** Article spans to ignore (its dates). */
  readonly skip: readonly Span[];
  /** The clause's tokens when the caller has them already. */
  readonly tokens?: readonly Token[];
  readonly cache?: TermCache;
}

/** True when a word may open a count: a digit or the first letter of a number word (a cheap test before `COUNT_TOKEN`). */
function mayCount(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 48 && code <= 57) return true;
  const lower = code | 32;
  return lower === 111 || lower === 116 || lower === 102 || lower === 115 || lower === 101 || lower === 110;
}

/** The counts stated in a clause. */
export function numberSlots(text: string, input: SlotInput): NumberMention[] {
  if (!MAY_HOLD_NUMBER.test(text)) return [];
  const tokens = input.tokens ?? words(text);
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (!mayCount(token.word) || !COUNT_TOKEN.test(token.word) || inside(input.offset + token.start, input.skip)) continue;
    const slot = slotAt(text, tokens, i, input.cache);
    if (slot !== null) out.push(slot);
  }
  return out;
}

/** The number spelled out ("45" → "forty-five"), for values a writer may spell (1 to 99); null otherwise. */
function spelled(value: number): string | null {
  if (!Number.isInteger(value) || value < 1 || value > 99) return null;
  const names = [...NUMBER_WORDS.entries()];
  const exact = names.find(([, v]) => v === value);
  if (exact !== undefined) return exact[0];
  const tens = names.find(([, v]) => v === value - (value % 10))?.[0];
  const units = names.find(([, v]) => v === value % 10)?.[0];
  return tens === undefined || units === undefined ? null : `${tens}-${units}`;
}

/** The ways a count's figure is written, from the surface of a slot ("thirty joint projects" → ["30", "thirty"]). */
export function figureForms(surface: string): string[] {
  const first = surface.trim().split(/\s+/)[0] ?? '';
  const value = /^\d/.test(first) ? Number.parseFloat(first.replace(/,/g, '')) : numberWordValue(first);
  if (value === null || !Number.isFinite(value)) return first.length > 0 ? [first] : [];
  const word = spelled(value);
  return [...new Set([first, String(value), ...(word === null ? [] : [word])])];
}
