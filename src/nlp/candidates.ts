/**
 * Name candidates: runs of capitalised tokens (joined by "of", "for", "&" or a possessive),
 * with titles split off into roles ("Fisheries Minister Ingrid Halvorsen" → name + role), a country
 * qualifier read from a demonym or possessive before the title, and acronyms in parentheses.
 */
import type { Token } from './tokens.ts';
import type { Gazetteer } from './gazetteer.ts';
import { lookupPlace } from './gazetteer.ts';
import {
  CALENDAR_WORDS, CONNECTORS, HONORIFICS, ORG_HEADS, ORG_STARTS, TITLE_HEADS, TITLE_JOINERS, TITLE_MODIFIERS,
} from './lexicon.ts';
import { abbreviates, isAcronym } from './names.ts';

export interface NameCandidate {
  /** Indexes of the first and last name token in the article's token list. */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  /** Surface form without possessive. */
  readonly text: string;
  readonly roles: readonly string[];
  /** Country named by a demonym or possessive before the title (`Russian President X` → Russia). */
  readonly qualifier: string | null;
  readonly honorific: boolean;
  readonly headline: boolean;
  /** Index (in the candidate list) of the name this acronym abbreviates: `Name (ACR)`. */
  readonly acronymOf: number | null;
}

export interface CandidateContext {
  readonly tokens: readonly Token[];
  readonly gazetteer: Gazetteer;
  /** Words seen in lower case somewhere in the text: a capitalised first word among them is a common word. */
  readonly lowerWords: ReadonlySet<string>;
  /** Words seen capitalised inside a sentence (not as its first word). */
  readonly namedWords: ReadonlySet<string>;
  /** True when the model's lexicon knows the lower-case word (a common word, not only a name). */
  readonly isKnownWord: (lower: string) => boolean;
  /** True for a stop word ("the", "he"): capitalised, it opens a sentence, not a name. */
  readonly isStopWord: (lower: string) => boolean;
}

export const isTitleWord = (t: Token): boolean => TITLE_HEADS.has(t.bare) || TITLE_MODIFIERS.has(t.lower);
export const isTitleHead = (t: Token): boolean => TITLE_HEADS.has(t.bare);
export const isHonorific = (t: Token): boolean => HONORIFICS.has(t.bare);
/** `'`, `’`, `'s` or `’s` as a token of its own. */
export const isPossessive = (text: string): boolean => text === "'s" || text === '’s' || text === "'" || text === '’';
const isOpeningQuote = (text: string): boolean => text === '“' || text === '"' || text === '‘';

/** First word of its sentence, or first after an opening quote or a colon. */
export function isFirstWord(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (!previous || previous.sentence !== tokens[i]?.sentence) return true;
  const quote = isOpeningQuote(previous.text) && previous.end === tokens[i]?.start;
  return quote || previous.text === ':';
}

export function isNameToken(ctx: CandidateContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.shape !== 'upper' || t.text === t.lower || CALENDAR_WORDS.has(t.lower)) return false;
  const acronym = isAcronym(t.text);
  if (!acronym && ctx.isStopWord(t.lower)) return false;
  if (!isFirstWord(ctx.tokens, i) || acronym) return true;
  if (isTitleHead(t) || isHonorific(t) || ctx.gazetteer.demonyms.has(t.lower)) return true;
  const next = ctx.tokens[i + 1];
  if (isTitleWord(t) && next !== undefined && next.sentence === t.sentence && isTitleWord(next)) return true;
  if (lookupPlace(ctx.gazetteer, t.text, t.lower) !== undefined) return true;
  if (ctx.lowerWords.has(t.lower)) return false;
  return ctx.namedWords.has(t.lower) || !ctx.isKnownWord(t.lower);
}

function isJoiner(ctx: CandidateContext, names: readonly boolean[], i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  const before = ctx.tokens[i - 1];
  const possessive = isPossessive(t.text) && t.start === before?.end;
  const nounBefore = before !== undefined && (ORG_HEADS.has(before.lower) || ORG_STARTS.has(before.lower)
    || ctx.lowerWords.has(before.lower) || ctx.isKnownWord(before.lower));
  const connector = t.text === '&' || (CONNECTORS.has(t.text) && nounBefore);
  return (possessive || connector) && (names[i + 1] ?? false);
}

/** Maximal runs of name tokens (token indexes, inclusive). */
export function findRuns(ctx: CandidateContext): (readonly [number, number])[] {
  const runs: [number, number][] = [];
  const names = ctx.tokens.map((_, k) => isNameToken(ctx, k));
  let i = 0;
  while (i < ctx.tokens.length) {
    if (!names[i]) {
      i += 1;
      continue;
    }
    const sentence = ctx.tokens[i]?.sentence;
    let end = i;
    while (ctx.tokens[end + 1]?.sentence === sentence) {
      if (names[end + 1]) end += 1;
      else if (isJoiner(ctx, names, end + 1)) end += 2;
      else break;
    }
    runs.push([i, end]);
    i = end + 1;
  }
  return runs;
}

export interface Segment {
  readonly first: number;
  readonly last: number;
  readonly title: boolean;
}

const isTitleToken = (t: Token): boolean => isTitleWord(t) || isHonorific(t);

/** "of", "for" or "and" between two title words ("Secretary of State", "Minister for Women"). */
function isTitleJoiner(tokens: readonly Token[], k: number, first: number, last: number): boolean {
  const t = tokens[k] as Token;
  if (k <= first || k >= last || !TITLE_JOINERS.has(t.text)) return false;
  return isTitleToken(tokens[k - 1] as Token) && isTitleToken(tokens[k + 1] as Token);
}

const isTitleAt = (tokens: readonly Token[], k: number, first: number, last: number): boolean =>
  isTitleToken(tokens[k] as Token) || isTitleJoiner(tokens, k, first, last);
const isTitleHeadToken = (t: Token): boolean => isTitleHead(t) || isHonorific(t);

/** Splits a run at its title words (a title needs a head word: "Prime Minister", not "Prime"). */
export function segmentRun(tokens: readonly Token[], first: number, last: number): Segment[] {
  const segments: Segment[] = [];
  let i = first;
  while (i <= last) {
    const title = isTitleAt(tokens, i, first, last);
    let j = i;
    while (j + 1 <= last && isTitleAt(tokens, j + 1, first, last) === title) j += 1;
    let hasHead = false;
    for (let k = i; title && k <= j && !hasHead; k += 1) hasHead = isTitleHeadToken(tokens[k] as Token);
    segments.push({ first: i, last: j, title: title && hasHead });
    i = j + 1;
  }
  return segments.length > 1 ? mergeFalseTitles(segments) : segments;
}

function mergeFalseTitles(segments: readonly Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const previous = merged[merged.length - 1];
    if (previous && !previous.title && !segment.title) merged[merged.length - 1] = { ...previous, last: segment.last };
    else merged.push(segment);
  }
  return merged;
}

export function textOf(tokens: readonly Token[], first: number, last: number, source: string): string {
  const a = tokens[first];
  const b = tokens[last];
  return a && b ? source.slice(a.start, b.end) : '';
}

/** The acronym index when `candidate` stands as `(ACR)` right after the name it abbreviates. */
export function acronymTarget(tokens: readonly Token[], list: readonly NameCandidate[], c: NameCandidate): number | null {
  const open = tokens[c.first - 1];
  const close = tokens[c.last + 1];
  if (c.first !== c.last || open?.text !== '(' || close?.text !== ')' || !isAcronym(c.text)) return null;
  const index = list.findIndex((p) => p.last === c.first - 2);
  const previous = list[index];
  return previous && abbreviates(c.text, previous.text) ? index : null;
}
