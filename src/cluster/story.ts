/**
 * A story as the clusterer keeps it: summed (dampened) term, entity and year counts of its
 * articles as interned tables (pruned to the heaviest terms when twice over the limit), its
 * IDF-weighted centroid (cached), plus its date range. Its id is a content hash of its first
 * article's id, so it is stable for the same input. A retired story (out of the window) keeps
 * only its id, articles and dates.
 */
import { contentId } from '../shared/hash.ts';
import type { TermCounts } from './terms.ts';
import { addTables, emptyTable, pruneTable, type TermTable } from './term-table.ts';
import { weighTable, type InternedProfile } from './term-vector.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface StoryState {
  readonly id: string;
  /** Dense number of the story in its clusterer (the inverted index posts these, not ids); a retired or merged-away story's key goes to a later story. */
  readonly key: number;
  /** Arrival ordinal of its first article (the older story survives a merge). */
  readonly first: number;
  readonly articles: string[];
  words: TermTable;
  entities: TermTable;
  years: TermTable;
  /** Earliest and latest publication day (days since epoch) of its dated articles. */
  minDay: number | null;
  maxDay: number | null;
  /** Last arrival ordinal (recency for undated streams). */
  lastSeen: number;
  /** Bumped on every change; with the stream size it keys the cached centroid vectors. */
  version: number;
  centroid: CentroidCache | null;
}

/**
 * The centroid weighted by IDF, reused until the story has grown by a tenth (or, while small,
 * changed at all) or the stream has grown by a tenth: one more article barely moves a large
 * centroid, and recomputing it on every join would cost O(story terms) per candidate.
 */
export interface CentroidCache extends InternedProfile {
  readonly version: number;
  readonly size: number;
  readonly documents: number;
}

/**
 * A number ordered as story ids are (they are 16 hex digits, `contentId`): the first 13 digits,
 * 52 bits, exact in a double. Equal ranks (ids alike in 13 digits) leave the order to the ids.
 */
export function nameRank(id: string): number {
  return Number.parseInt(id.slice(0, 13), 16);
}

export function createStory(firstArticle: string, ordinal: number, key: number): StoryState {
  return {
    id: contentId('story', firstArticle),
    key,
    first: ordinal,
    articles: [],
    words: emptyTable,
    entities: emptyTable,
    years: emptyTable,
    minDay: null,
    maxDay: null,
    lastSeen: ordinal,
    version: 0,
    centroid: null,
  };
}

export interface StoryMember {
  readonly id: string;
  readonly ordinal: number;
  readonly words: TermCounts;
  readonly entities: TermCounts;
  readonly years: TermCounts;
  /** The same counts interned in the clusterer's vocabulary (computed once per article). */
  readonly tables: MemberTables;
  readonly day: number | null;
}

export interface MemberTables {
  readonly words: TermTable;
  readonly entities: TermTable;
  readonly years: TermTable;
}

/** Adds an article's terms and date; prunes the centroid to `limit` terms when it doubles past it. */
export function addMember(story: StoryState, member: StoryMember, vocabulary: Vocabulary, limit: number): void {
  story.articles.push(member.id);
  story.words = accumulate(story.words, member.tables.words, vocabulary, limit);
  story.entities = accumulate(story.entities, member.tables.entities, vocabulary, limit);
  story.years = accumulate(story.years, member.tables.years, vocabulary, limit);
  widen(story, member.day, member.day);
  story.lastSeen = Math.max(story.lastSeen, member.ordinal);
  story.version++;
}

/** Adds a member without its terms (a duplicate: it says nothing new about the story). */
export function addCopy(story: StoryState, member: Pick<StoryMember, 'id' | 'ordinal' | 'day'>): void {
  story.articles.push(member.id);
  widen(story, member.day, member.day);
  story.lastSeen = Math.max(story.lastSeen, member.ordinal);
}

/** The story's IDF-weighted word, entity and year centroids (cached). */
export function centroidOf(story: StoryState, vocabulary: Vocabulary): CentroidCache {
  const cached = story.centroid;
  if (cached !== null && isFresh(cached, story, vocabulary)) return cached;
  const fresh = {
    version: story.version,
    size: story.articles.length,
    documents: vocabulary.documents,
    words: weighTable(vocabulary, story.words),
    entities: weighTable(vocabulary, story.entities),
    years: weighTable(vocabulary, story.years),
  };
  story.centroid = fresh;
  return fresh;
}

function isFresh(cached: CentroidCache, story: StoryState, vocabulary: Vocabulary): boolean {
  if (vocabulary.documents > cached.documents * 1.1) return false;
  if (cached.version === story.version) return true;
  return cached.size >= 10 && story.articles.length <= cached.size * 1.1;
}

/** Folds `from` into `into` (articles, terms, dates). */
export function mergeInto(into: StoryState, from: StoryState, vocabulary: Vocabulary, limit: number): void {
  into.articles.push(...from.articles);
  into.words = accumulate(into.words, from.words, vocabulary, limit);
  into.entities = accumulate(into.entities, from.entities, vocabulary, limit);
  into.years = accumulate(into.years, from.years, vocabulary, limit);
  widen(into, from.minDay, from.maxDay);
  into.lastSeen = Math.max(into.lastSeen, from.lastSeen);
  into.version++;
}

/** Drops a story's terms and centroid (it left the window); its articles and dates stay. */
export function releaseTerms(story: StoryState): void {
  story.words = emptyTable;
  story.entities = emptyTable;
  story.years = emptyTable;
  story.centroid = null;
}

function widen(story: StoryState, min: number | null, max: number | null): void {
  if (min !== null) story.minDay = story.minDay === null ? min : Math.min(story.minDay, min);
  if (max !== null) story.maxDay = story.maxDay === null ? max : Math.max(story.maxDay, max);
}

function accumulate(into: TermTable, add: TermTable, vocabulary: Vocabulary, limit: number): TermTable {
  const sum = addTables(into, add);
  return sum.ids.length > 2 * limit ? pruneTable(vocabulary, sum, limit) : sum;
}

/** Days between a day and a story's date range (0 inside it); null when either is undated. */
export function dayGap(story: StoryState, day: number | null): number | null {
  if (day === null || story.minDay === null || story.maxDay === null) return null;
  if (day < story.minDay) return story.minDay - day;
  if (day > story.maxDay) return day - story.maxDay;
  return 0;
}

/** Days between two stories' date ranges (0 when they overlap); null when either is undated. */
export function storyGap(a: StoryState, b: StoryState): number | null {
  if (a.minDay === null || a.maxDay === null || b.minDay === null || b.maxDay === null) return null;
  if (a.maxDay < b.minDay) return b.minDay - a.maxDay;
  if (b.maxDay < a.minDay) return a.minDay - b.maxDay;
  return 0;
}
