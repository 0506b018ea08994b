/**
 * Turns runs of name tokens into name candidates: titles become roles of the name after them,
 * a demonym or a place possessive before a title becomes its country qualifier, possessives are
 * cut, a demonym alone is no name, and `Name (ACR)` links the acronym to the name.
 */
import type { Token } from './tokens.ts';
import { lookupPlace } from './gazetteer.ts';
import {
  acronymTarget, findRuns, isHonorific, isPossessive, isTitleHead, isTitleWord, segmentRun, textOf,
  type CandidateContext, type NameCandidate, type Segment,
} from './candidates.ts';
import { CONNECTORS, OFFICE_HEADS, ORG_HEADS, TITLE_JOINERS } from './lexicon.ts';

const ABBREVIATED_TITLES: Readonly<Record<string, string>> = { pm: 'Prime Minister' };

/** "prime minister" → "Prime Minister"; "PM" → "Prime Minister"; honorifics are not roles. */
export function normaliseTitle(words: readonly Token[]): string | null {
  const kept = words.filter((t) => !isHonorific(t));
  if (kept.length === 0) return null;
  return kept
    .map((t) => ABBREVIATED_TITLES[t.lower] ?? (TITLE_JOINERS.has(t.lower) ? t.lower : `${t.text[0]?.toUpperCase() ?? ''}${t.text.slice(1).toLowerCase()}`))
    .join(' ');
}

/** The words tokens[first..last] joined by single spaces (one token: its text as is). */
function wordsOf(tokens: readonly Token[], first: number, last: number): string {
  if (first === last) return tokens[first]?.text ?? '';
  return tokens.slice(first, last + 1).map((t) => t.text).join(' ');
}

function lowerWordsOf(tokens: readonly Token[], first: number, last: number): string {
  return first === last ? (tokens[first]?.lower ?? '') : wordsOf(tokens, first, last).toLowerCase();
}

interface Title {
  readonly role: string | null;
  readonly honorific: boolean;
  /** Country named just before the title. */
  readonly qualifier: string | null;
}

/** The country a demonym or place (with or without possessive) at tokens[first..last] names. */
function countryOf(ctx: CandidateContext, first: number, last: number): string | null {
  const tokens = ctx.tokens;
  const end = isPossessive(tokens[last]?.text ?? '') ? last - 1 : last;
  if (end < first) return null;
  const demonym = ctx.gazetteer.demonyms.get(lowerWordsOf(tokens, first, end));
  return demonym ?? lookupPlace(ctx.gazetteer, wordsOf(tokens, first, end)) ?? null;
}

/** Lower-case title words right before a run ("fisheries minister Ingrid Halvorsen"), and what precedes them. */
function titleBefore(ctx: CandidateContext, runStart: number): Title | null {
  const tokens = ctx.tokens;
  let k = runStart - 1;
  while (k >= 0 && tokens[k]?.sentence === tokens[runStart]?.sentence && isTitleWord(tokens[k] as Token)) k -= 1;
  if (k + 1 === runStart) return null;
  const words = tokens.slice(k + 1, runStart);
  if (!words.some(isTitleHead)) return null;
  let q = k;
  if (isPossessive(tokens[q]?.text ?? '')) q -= 1;
  const qualifier = q >= 0 && q <= k ? countryOf(ctx, q, k) : null;
  return { role: normaliseTitle(words), honorific: false, qualifier };
}

const isEdgeJoiner = (t: Token | undefined): boolean => t !== undefined && (CONNECTORS.has(t.text) || isPossessive(t.text));

function trimSegment(tokens: readonly Token[], segment: Segment): Segment | null {
  let { first, last } = segment;
  while (first <= last && isEdgeJoiner(tokens[first])) first += 1;
  while (last >= first && isEdgeJoiner(tokens[last])) last -= 1;
  return first <= last ? { first, last, title: false } : null;
}

interface RunState {
  title: Title | null;
  previous: Segment | null;
}

function titleOf(ctx: CandidateContext, segment: Segment, previous: Segment | null): Title {
  const words = ctx.tokens.slice(segment.first, segment.last + 1);
  const qualifier = previous && !previous.title ? countryOf(ctx, previous.first, previous.last) : null;
  return { role: normaliseTitle(words), honorific: words.some(isHonorific), qualifier };
}

function isDemonymOnly(ctx: CandidateContext, segment: Segment): boolean {
  return ctx.gazetteer.demonyms.has(lowerWordsOf(ctx.tokens, segment.first, segment.last));
}

function candidateOf(ctx: CandidateContext, source: string, segment: Segment, title: Title | null): NameCandidate {
  const tokens = ctx.tokens;
  return {
    first: segment.first, last: segment.last,
    start: tokens[segment.first]?.start ?? 0, end: tokens[segment.last]?.end ?? 0,
    text: textOf(tokens, segment.first, segment.last, source),
    roles: title?.role ? [title.role] : [], qualifier: title?.qualifier ?? null,
    honorific: title?.honorific ?? false, headline: tokens[segment.first]?.inHeadline ?? false, acronymOf: null,
  };
}

/** A capitalised common word that may name a portfolio: no place, demonym or organisation word. */
function isPortfolioWord(ctx: CandidateContext, t: Token): boolean {
  if (t.shape !== 'upper' || !ctx.isKnownWord(t.lower) || ORG_HEADS.has(t.lower) || isPossessive(t.text)) return false;
  return !ctx.gazetteer.demonyms.has(t.lower) && lookupPlace(ctx.gazetteer, t.text) === undefined;
}

/**
 * Moves the common words right before an office ("Aquaculture Minister", "Norwegian Ocean
 * Commissioner") from the name segment into the title, so they become the role, not a name.
 */
function absorbPortfolios(ctx: CandidateContext, segments: readonly Segment[]): Segment[] {
  const out = [...segments];
  for (let k = 1; k < out.length; k += 1) {
    const title = out[k] as Segment;
    const before = out[k - 1] as Segment;
    const head = ctx.tokens[title.last];
    if (!title.title || before.title || !head || !OFFICE_HEADS.has(head.bare)) continue;
    let first = before.last + 1;
    while (first > before.first && isPortfolioWord(ctx, ctx.tokens[first - 1] as Token)) first -= 1;
    if (first > before.last) continue;
    out[k] = { ...title, first };
    if (first > before.first) out[k - 1] = { ...before, last: first - 1 };
    else out.splice(k - 1, 1);
  }
  return out;
}

function candidatesOfRun(ctx: CandidateContext, source: string, run: readonly [number, number]): NameCandidate[] {
  const out: NameCandidate[] = [];
  const state: RunState = { title: titleBefore(ctx, run[0]), previous: null };
  for (const segment of absorbPortfolios(ctx, segmentRun(ctx.tokens, run[0], run[1]))) {
    if (segment.title) {
      state.title = titleOf(ctx, segment, state.previous);
    } else {
      const trimmed = trimSegment(ctx.tokens, segment);
      if (trimmed && !isDemonymOnly(ctx, trimmed)) out.push(candidateOf(ctx, source, trimmed, state.title));
      state.title = null;
    }
    state.previous = segment;
  }
  return out;
}

/** All name candidates of an article, in text order. */
export function buildCandidates(ctx: CandidateContext, source: string): NameCandidate[] {
  const list: NameCandidate[] = [];
  for (const run of findRuns(ctx)) list.push(...candidatesOfRun(ctx, source, run));
  return list.map((c) => {
    const acronymOf = acronymTarget(ctx.tokens, list, c);
    return acronymOf === null ? c : { ...c, acronymOf };
  });
}
