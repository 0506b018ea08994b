/**
 * Claim units of a story: each article sentence, or each clause of a long one, with its content
 * terms, story entities, resolved dates, numbers and "in/at X" places. A clause that is only a
 * quotation with its attribution is marked `quoteOnly` (a quote, not a fact).
 */
import type { AnnotatedArticle, Span, StoryContext } from '../types.ts';
import { ATTRIBUTION, PAIR_REFERENCES } from './_lexicon.ts';
import { splitClauses, type ClauseSpan } from './clauses.ts';
import { articleEntities, mentionsWithin, storyEntityLookup, type ArticleEntities, type EntityMention } from './entity-index.ts';
import type { ClaimUnit, PlaceSlot } from './model.ts';
import { numberSlots } from './numbers.ts';
import { anchorsOf, statesMeeting, storyParties, thirdPartiesOf, type StoryParties } from './parties.ts';
import type { PlaceKnowledge } from './places.ts';
import type { FactsOptions } from './options.ts';
import { independentSources, readingOrder } from './sources.ts';
import { subjectOf, type Subject } from './subjects.ts';
import { contentTerms, hasContentTerms, tokenCount, wordCount, type TermCache } from './terms.ts';

const QUOTED = /“[^”"\n]*["”]|"[^"\n]*"|‘[^’\n]{12,}’/g;
const PLACE_SLOT = /\b(?:in|at)\s+(?:the\s+)?(?:(?:city|town|village|capital|province|region)\s+of\s+)?$/i;
/** A clause naming more places than this lists topics; none of them locates an event. */
const MAX_SLOT_PLACES = 2;
/** A quotation longer than this (in words) is a speaker's statement, kept out of the claim's terms. */
const LONG_QUOTE_WORDS = 8;
/** A clause opening with a pair reference ("both", "they", "the two"). */
const PAIR_OPENING = /^(?:and\s+)?(?:both|they|the two)\b/i;
const EXPLICIT_PAIR = /\b(?:the two|both leaders|both sides|the leaders)\b/i;

/**
 * Spans of quoted words in an article: its quotes, and any paired quote marks (a quote may run over
 * sentences), by start: a clause reads only those up to its end.
 */
export function quotedRegions(article: AnnotatedArticle): Span[] {
  const spans: Span[] = article.quotes.map((q) => q.span);
  for (const match of article.text.matchAll(QUOTED)) {
    const start = match.index ?? 0;
    spans.push({ start, end: start + match[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The text of a span with every quoted region (`quoted`: by start) blanked out. */
function outsideQuotes(text: string, span: Span, quoted: readonly Span[]): string {
  const inside: Span[] = [];
  for (const q of quoted) {
    if (q.start >= span.end) break;
    if (q.end > span.start) inside.push(q);
  }
  if (inside.length === 0) return text.slice(span.start, span.end);
  const slice = text.slice(span.start, span.end);
  // Without surrogate pairs a character is a code unit: blank the ranges by slicing, not per character.
  if (!/[\uD800-\uDFFF]/.test(slice)) {
    const ranges: [number, number][] = inside.map((q) => [Math.max(q.start, span.start) - span.start, Math.min(q.end, span.end) - span.start]);
    return blank(slice, ranges);
  }
  const chars = [...slice];
  for (const q of inside) {
    for (let i = Math.max(q.start, span.start); i < Math.min(q.end, span.end); i += 1) chars[i - span.start] = ' ';
  }
  return chars.join('');
}

/** A clause as the quote-only test reads it: its text, that text with quoted words blanked, its mentions. */
interface QuotedClause {
  readonly text: string;
  readonly outside: string;
  readonly mentions: readonly EntityMention[];
}

/** The story's memos of concepts: of words, and of the names its clauses mention (the same few again and again). */
export interface TermMemo {
  readonly cache: TermCache;
  readonly names: Map<string, readonly string[]>;
}

function nameTerms(name: string, memo: TermMemo): readonly string[] {
  let terms = memo.names.get(name);
  if (terms === undefined) {
    terms = contentTerms(name, memo.cache);
    memo.names.set(name, terms);
  }
  return terms;
}

/** True when, outside quoted words, the clause says no more than who spoke. */
export function isQuoteOnly({ text, outside, mentions }: QuotedClause, minTerms: number, memo: TermMemo): boolean {
  if (outside.trim().length === text.trim().length) return false;
  const people = new Set(mentions.filter((m) => m.type !== 'place').flatMap((m) => nameTerms(m.name, memo)));
  return !hasContentTerms(outside, minTerms, (t) => !ATTRIBUTION.has(t) && !people.has(t), memo.cache);
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
  const people = distinct(mentions.filter((m) => m.type === 'person').map((m) => m.entity));
  if (people.length >= 2 || !PAIR_REFERENCES.test(text)) return people;
  return distinct(people, own.mainPeople);
}

/** One clause to build a unit of (its article's values stay in the scope). */
interface UnitInput {
  readonly span: Span;
  readonly sentence: string;
  readonly sentenceIndex: number;
  /** Who acts in the clause, and the words to put before it when it is a bare predicate. */
  readonly subject: Subject;
  readonly predicate: boolean;
}

/** Where a unit stands in the story: its position, the source it counts for, its article's order. */
interface UnitPlace {
  readonly index: number;
  readonly source: string;
  readonly articleOrder: number;
}

/** The text with the given [start, end) ranges replaced by spaces (same length), built from slices. */
function blank(text: string, ranges: readonly (readonly [number, number])[]): string {
  if (ranges.length === 0) return text;
  const sorted = byStart(ranges);
  let out = '';
  let at = 0;
  for (const [start, end] of sorted) {
    const from = Math.max(start, at);
    if (end <= from) continue;
    out += text.slice(at, from) + ' '.repeat(end - from);
    at = end;
  }
  return out + text.slice(at);
}

/**
 * The ranges by start (insertion sort: a clause has a few). `blank` blanks their union, the same
 * whatever the order of ranges that start together.
 */
function byStart(ranges: readonly (readonly [number, number])[]): (readonly [number, number])[] {
  const sorted = [...ranges];
  for (let i = 1; i < sorted.length; i += 1) {
    const range = sorted[i] as readonly [number, number];
    let k = i - 1;
    for (; k >= 0 && (sorted[k] as readonly [number, number])[0] > range[0]; k -= 1) sorted[k + 1] = sorted[k] as readonly [number, number];
    sorted[k + 1] = range;
  }
  return sorted;
}

const WORD_CHAR = /[\p{L}’'-]/u;

/** The word that ends just before `at` (white space between), or null. */
function wordBefore(text: string, at: number): { readonly word: string; readonly start: number } | null {
  let end = at;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end -= 1;
  if (end === at) return null;
  let start = end;
  while (start > 0 && WORD_CHAR.test(text.charAt(start - 1))) start -= 1;
  return start < end ? { word: text.slice(start, end), start } : null;
}

/**
 * The clause with its names blanked out, and the title words just before a person's name
 * ("Prime Minister", "Russian President"): names are entity features already, and titles would make
 * every sentence about the story's actors look alike.
 */
function withoutNames(text: string, span: Span, mentions: readonly EntityMention[], titles: ReadonlySet<string>): string {
  const ranges: [number, number][] = [];
  for (const m of mentions) {
    let start = m.span.start - span.start;
    ranges.push([start, m.span.end - span.start]);
    if (m.type !== 'person') continue;
    for (let word = wordBefore(text, start); word !== null; word = wordBefore(text, start)) {
      const title = titles.has(word.word.toLowerCase()) || (/^\p{Lu}/u.test(word.word) && word.start > 0);
      if (!title) break;
      start = word.start;
      ranges.push([start, start + word.word.length]);
    }
  }
  return blank(text, ranges);
}

/** Blanks full quotations of more than a few words: what a speaker said, not what the writer reports. */
function withoutLongQuotes(text: string, span: Span, quotes: AnnotatedArticle['quotes']): string {
  const ranges: [number, number][] = [];
  for (const quote of quotes) {
    const q = quote.span;
    if (quote.kind !== 'full' || q.end <= span.start || q.start >= span.end) continue;
    if (tokenCount(text.slice(q.start - span.start, q.end - span.start)) <= LONG_QUOTE_WORDS) continue;
    ranges.push([Math.max(q.start, span.start) - span.start, Math.min(q.end, span.end) - span.start]);
  }
  return blank(text, ranges);
}

/** The clause as a claim: its subject restored before a bare predicate, a first capital letter. */
function claimText(raw: string, input: Pick<UnitInput, 'predicate' | 'subject'>): string {
  const text = input.predicate && input.subject.phrase !== null ? `${input.subject.phrase} ${raw}` : raw;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const NO_STRINGS: readonly string[] = Object.freeze([]);

/** Key terms plus the lower-case words of the names mentioned (`nameWords`: the story's memo of them). */
function allTerms(keyTerms: readonly string[], mentions: readonly EntityMention[], nameWords: NameWords): readonly string[] {
  if (mentions.length === 0) return keyTerms;
  const out = keyTerms.slice();
  for (const m of mentions) for (const part of wordsOfName(m.name, nameWords)) if (!out.includes(part)) out.push(part);
  return out;
}

/** Name → its lower-case words, for one story: its clauses name the same few entities again and again. */
type NameWords = Map<string, readonly string[]>;

function wordsOfName(name: string, memo: NameWords): readonly string[] {
  let parts = memo.get(name);
  if (parts === undefined) {
    parts = name.toLowerCase().split(' ').filter((part) => part.length > 0);
    memo.set(name, parts);
  }
  return parts;
}

/**
 * The distinct items of the lists, first occurrences in order (`[...new Set([...a, ...b])]`), by
 * plain loops: clause lists are short, and spreads of arrays of varying kinds cost the optimiser.
 */
function distinct(...lists: readonly (readonly string[])[]): string[] {
  let size = 0;
  for (const list of lists) size += list.length;
  if (size > 32) return [...new Set(lists.flat())];
  const out: string[] = [];
  for (const list of lists) for (let i = 0; i < list.length; i += 1) {
    const item = list[i] as string;
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

/** The key terms not found in the clause's words outside quotation marks. */
function onlyQuoted(keyTerms: readonly string[], outside: string, cache: TermCache): readonly string[] {
  const own = new Set(contentTerms(outside, cache));
  const quoted = keyTerms.filter((t) => !own.has(t));
  return quoted.length === 0 ? NO_STRINGS : quoted;
}

function buildUnit(scope: ArticleScope, input: UnitInput, place: UnitPlace, options: FactsOptions): ClaimUnit {
  const { article, own } = scope;
  const { span } = input;
  const text = article.text.slice(span.start, span.end);
  const mentions = mentionsWithin(own.mentions, span);
  const dates: AnnotatedArticle['dates'][number][] = [];
  const dateSpans: Span[] = [];
  for (let i = 0; i < scope.dateSpans.length; i += 1) {
    const at = scope.dateSpans[i] as Span;
    if (at.start >= span.start && at.end <= span.end) {
      dates.push(article.dates[i] as AnnotatedArticle['dates'][number]);
      dateSpans.push(at);
    }
  }
  const actors = actorsOf(text, mentions, own);
  const named = mentions.map((m) => m.entity);
  const claimWords = withoutLongQuotes(withoutNames(text, span, mentions, scope.titles), span, article.quotes);
  const keyTerms = distinct(contentTerms(claimWords, scope.cache));
  const outside = outsideQuotes(article.text, span, scope.quoted);
  const quotedTerms = outside === text ? NO_STRINGS : onlyQuoted(keyTerms, outside, scope.cache);
  const entities = EXPLICIT_PAIR.test(text) ? distinct(named, actors) : named.length > 1 ? distinct(named) : named;
  const thirdParties = mentions.length === 0 ? NO_STRINGS : thirdPartiesOf(text, span, mentions, scope.parties);
  // A literal of fixed shape (no spread): every unit shares one hidden class, which keeps alignment's reads fast.
  return {
    source: place.source,
    articleOrder: place.articleOrder,
    index: place.index,
    article: article.id,
    sentenceIndex: input.sentenceIndex,
    sentence: input.sentence,
    text: claimText(text, input),
    span,
    words: wordCount(text),
    terms: allTerms(keyTerms, mentions, scope.nameWords),
    keyTerms,
    quotedTerms,
    entities,
    actors,
    subjects: input.subject.entities,
    dates,
    numbers: numberSlots(text, { offset: span.start, skip: dateSpans, cache: scope.cache }),
    places: mentions.length === 0 ? [] : placesOf(article, mentions),
    quoteOnly: isQuoteOnly({ text, outside, mentions }, options.minClaimTerms, scope.memo),
    thirdParties: thirdParties.length === 0 ? NO_STRINGS : thirdParties,
    anchors: mentions.length === 0 ? NO_STRINGS : anchorsOf(text, span, mentions),
    meeting: actors.length >= 2 && statesMeeting(text, actors, scope.parties),
  };
}

interface ArticleScope {
  readonly article: AnnotatedArticle;
  readonly own: ArticleEntities;
  readonly quoted: readonly Span[];
  /**
   * The spans of the article's dates, in its order, copied into one shape: dates come parsed from
   * storage or freshly resolved, and spans of two shapes made the clause code re-optimise.
   */
  readonly dateSpans: readonly Span[];
  readonly cache: TermCache;
  readonly nameWords: NameWords;
  readonly memo: TermMemo;
  readonly roles: ReadonlyMap<string, readonly string[]>;
  /** Lower-case words of the story's people's roles ("prime", "minister", "president"). */
  readonly titles: ReadonlySet<string>;
  readonly parties: StoryParties;
}

/** Each clause's subject: a bare predicate takes its sentence's first subject, a pronoun the previous one. */
function clauseSubjects(scope: ArticleScope, start: number, clauses: readonly ClauseSpan[], previous: readonly string[]): Subject[] {
  const out: Subject[] = [];
  let last = previous;
  for (const clause of clauses) {
    const span = { start: start + clause.start, end: start + clause.end };
    const first = out[0];
    const subject = clause.predicate && first !== undefined
      ? first
      : subjectOf({
        text: scope.article.text.slice(span.start, span.end), span, mentions: mentionsWithin(scope.own.mentions, span),
        mainPeople: scope.own.mainPeople, roles: scope.roles, previous: last,
      });
    out.push(subject);
    if (subject.entities.length > 0) last = subject.entities;
  }
  return out;
}

function articleUnits(scope: ArticleScope, base: Omit<UnitPlace, 'index'>, units: ClaimUnit[], options: FactsOptions): void {
  const { article } = scope;
  let previous: readonly string[] = [];
  // Plain loops, not callbacks: this is the hottest loop of the stage, and each callback would be optimised on its own.
  for (let sentenceIndex = 0; sentenceIndex < article.sentences.length; sentenceIndex += 1) {
    const sentence = article.sentences[sentenceIndex] as AnnotatedArticle['sentences'][number];
    const body = article.text.slice(sentence.span.start, sentence.span.end);
    const clauses = splitClauses(body, options.longSentenceWords);
    const subjects = clauseSubjects(scope, sentence.span.start, clauses, previous);
    let parties: readonly string[] = [];
    for (let i = 0; i < clauses.length; i += 1) {
      const clause = clauses[i] as ClauseSpan;
      const span = { start: sentence.span.start + clause.start, end: sentence.span.start + clause.end };
      const subject = subjects[i] ?? { entities: [], phrase: null };
      if (subject.entities.length > 0) previous = subject.entities;
      const input = { span, sentence: sentence.text, sentenceIndex, subject, predicate: clause.predicate };
      const unit = buildUnit(scope, input, { index: units.length, source: base.source, articleOrder: base.articleOrder }, options);
      // "X met with Y, and both ...": the pair is X and the third party Y.
      const inherits = parties.length > 0 && PAIR_OPENING.test(unit.text);
      units.push(inherits ? { ...unit, thirdParties: [...new Set([...unit.thirdParties, ...parties])] } : unit);
      if (unit.thirdParties.length > 0) parties = unit.thirdParties;
    }
  }
}

/** All claim units of a story, articles in reading order (`places`: country and capital tables). */
export function claimUnits(context: StoryContext, options: FactsOptions, places: PlaceKnowledge): ClaimUnit[] {
  const roots = independentSources(context.story);
  const order = readingOrder(context.story);
  const lookup = storyEntityLookup(context.entities);
  const roles = new Map(context.entities.map((e) => [e.id, e.roles.map((r) => r.toLowerCase())]));
  const titles = new Set([...roles.values()].flat().flatMap((r) => r.split(/\s+/)));
  const articles = [...context.story.articles].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const units: ClaimUnit[] = [];
  const cache: TermCache = new Map();
  const nameWords: NameWords = new Map();
  const memo: TermMemo = { cache, names: new Map() };
  const parties = storyParties(context, places);
  for (const article of articles) {
    const scope = { article, own: articleEntities(article, lookup), quoted: quotedRegions(article), dateSpans: article.dates.map((d) => ({ start: d.span.start, end: d.span.end })), cache, nameWords, memo, roles, titles, parties };
    articleUnits(scope, { source: roots.get(article.id) ?? article.id, articleOrder: order.get(article.id) ?? 0 }, units, options);
  }
  return units;
}
