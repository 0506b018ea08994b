/**
 * Claim units of a story: each article sentence, or each clause of a long one, with its content
 * terms, story entities, resolved dates, numbers and "in/at X" places. A clause that is only a
 * quotation with its attribution is marked `quoteOnly` (a quote, not a fact).
 */
import type { AnnotatedArticle, DateMention, Span, StoryContext } from '../types.ts';
import { ATTRIBUTION, PAIR_REFERENCES } from './_lexicon.ts';
import { splitClauses } from './clauses.ts';
import { articleEntities, mentionsWithin, storyEntityLookup, type ArticleEntities, type EntityMention } from './entity-index.ts';
import type { ClaimUnit, NumberMention, PlaceSlot } from './model.ts';
import type { FactsOptions } from './options.ts';
import { independentSources, readingOrder } from './sources.ts';
import { conceptOf, contentTerms, isStopword, words, type TermCache } from './terms.ts';

const QUOTED = /“[^”"\n]*["”]|"[^"\n]*"|‘[^’\n]{12,}’/g;
const PLACE_SLOT = /\b(?:in|at)\s+(?:the\s+)?(?:(?:city|town|village|capital|province|region)\s+of\s+)?$/i;
/** A clause naming more places than this lists topics; none of them locates an event. */
const MAX_SLOT_PLACES = 2;
const EXPLICIT_PAIR = /\b(?:the two|both leaders|both sides|the leaders)\b/i;

/** Spans of quoted words in an article: its quotes, and any paired quote marks (a quote may run over sentences). */
export function quotedRegions(article: AnnotatedArticle): Span[] {
  const spans: Span[] = article.quotes.map((q) => q.span);
  for (const match of article.text.matchAll(QUOTED)) {
    const start = match.index ?? 0;
    spans.push({ start, end: start + match[0].length });
  }
  return spans;
}

/** The text of a span with every quoted region blanked out. */
function outsideQuotes(text: string, span: Span, quoted: readonly Span[]): string {
  if (!quoted.some((q) => q.start < span.end && q.end > span.start)) return text.slice(span.start, span.end);
  const chars = [...text.slice(span.start, span.end)];
  for (const q of quoted) {
    for (let i = Math.max(q.start, span.start); i < Math.min(q.end, span.end); i += 1) chars[i - span.start] = ' ';
  }
  return chars.join('');
}

/** True when, outside quoted words, the clause says no more than who spoke. */
export function isQuoteOnly(text: string, outside: string, mentions: readonly EntityMention[], minTerms: number): boolean {
  if (outside.trim().length === text.trim().length) return false;
  const people = new Set(mentions.filter((m) => m.type !== 'place').flatMap((m) => contentTerms(m.name)));
  const left = contentTerms(outside).filter((t) => !ATTRIBUTION.has(t) && !people.has(t));
  return left.length < minTerms;
}

function numbersOf(text: string, offset: number, dates: readonly DateMention[]): NumberMention[] {
  const tokens = words(text);
  const out: NumberMention[] = [];
  tokens.forEach((token, i) => {
    if (!/^\d/.test(token.word)) return;
    const at = offset + token.start;
    if (dates.some((d) => at >= d.span.start && at < d.span.end)) return;
    const next = tokens.slice(i + 1, i + 4).find((t) => !isStopword(t.word) && !/^\d/.test(t.word));
    const noun = next && next.start - token.end < 24 ? next : undefined;
    out.push({
      value: token.word.replace(/,/g, ''),
      noun: noun ? conceptOf(noun.word) : '',
      text: noun ? text.slice(token.start, noun.end) : token.word,
    });
  });
  return out;
}

/** True when the place is one item of an enumeration ("in X, Y and Z"): a list, not a location. */
function inList(text: string, mention: EntityMention, places: readonly EntityMention[]): boolean {
  return places.some((other) => {
    if (other === mention) return false;
    if (/^['’]s\b/.test(text.slice(Math.max(other.span.end, mention.span.end)))) return false;
    const between = other.span.start > mention.span.end
      ? text.slice(mention.span.end, other.span.start)
      : text.slice(other.span.end, mention.span.start);
    return /^\s*(?:,|and|&|or)\s*(?:(?:and|or)\s+)?(?:the\s+)?$/.test(between);
  });
}

function placesOf(article: AnnotatedArticle, mentions: readonly EntityMention[]): PlaceSlot[] {
  const places = mentions.filter((m) => m.type === 'place');
  if (new Set(places.map((m) => m.entity)).size > MAX_SLOT_PLACES) return [];
  return places
    .filter((m) => PLACE_SLOT.test(article.text.slice(Math.max(0, m.span.start - 40), m.span.start)))
    .filter((m) => !inList(article.text, m, places))
    .map((m) => ({ entity: m.entity, name: m.name }));
}

function actorsOf(text: string, mentions: readonly EntityMention[], own: ArticleEntities): string[] {
  const people = [...new Set(mentions.filter((m) => m.type === 'person').map((m) => m.entity))];
  if (people.length >= 2 || !PAIR_REFERENCES.test(text)) return people;
  return [...new Set([...people, ...own.mainPeople])];
}

interface UnitInput {
  readonly article: AnnotatedArticle;
  readonly own: ArticleEntities;
  readonly quoted: readonly Span[];
  readonly cache: TermCache;
  readonly span: Span;
  readonly sentence: string;
  readonly sentenceIndex: number;
}

function buildUnit(input: UnitInput, base: Pick<ClaimUnit, 'index' | 'source' | 'articleOrder'>, options: FactsOptions): ClaimUnit {
  const { article, own, span } = input;
  const text = article.text.slice(span.start, span.end);
  const mentions = mentionsWithin(own.mentions, span);
  const dates = article.dates.filter((d) => d.span.start >= span.start && d.span.end <= span.end);
  const actors = actorsOf(text, mentions, own);
  const named = mentions.map((m) => m.entity);
  const entities = EXPLICIT_PAIR.test(text) ? [...named, ...actors] : named;
  return {
    ...base,
    article: article.id,
    sentenceIndex: input.sentenceIndex,
    sentence: input.sentence,
    text,
    span,
    words: words(text).length,
    terms: [...new Set(contentTerms(text, input.cache))],
    entities: [...new Set(entities)],
    actors,
    dates,
    numbers: numbersOf(text, span.start, dates),
    places: placesOf(article, mentions),
    quoteOnly: isQuoteOnly(text, outsideQuotes(article.text, span, input.quoted), mentions, options.minClaimTerms),
  };
}

/** All claim units of a story, articles in reading order. */
export function claimUnits(context: StoryContext, options: FactsOptions): ClaimUnit[] {
  const roots = independentSources(context.story);
  const order = readingOrder(context.story);
  const lookup = storyEntityLookup(context.entities);
  const articles = [...context.story.articles].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const units: ClaimUnit[] = [];
  const cache: TermCache = new Map();
  for (const article of articles) {
    const own = articleEntities(article, lookup);
    const quoted = quotedRegions(article);
    const base = { source: roots.get(article.id) ?? article.id, articleOrder: order.get(article.id) ?? 0 };
    article.sentences.forEach((sentence, sentenceIndex) => {
      const body = article.text.slice(sentence.span.start, sentence.span.end);
      for (const clause of splitClauses(body, options.longSentenceWords)) {
        const span = { start: sentence.span.start + clause.start, end: sentence.span.start + clause.end };
        const input = { article, own, quoted, cache, span, sentence: sentence.text, sentenceIndex };
        units.push(buildUnit(input, { ...base, index: units.length }, options));
      }
    });
  }
  return units;
}
