/**
 * A story as the clusterer keeps it: summed (dampened) term and entity counts of its articles,
 * pruned to the heaviest terms (when twice over the limit), plus its date range. Its id is a content hash of its first
 * article's id, so it is stable for the same input.
 */
import { contentId } from '../shared/hash.ts';
import type { TermCounts } from './terms.ts';
import { idf, weigh, type Vocabulary, type WeightedVector } from './vocabulary.ts';

export interface StoryState {
  readonly id: string;
  /** Arrival ordinal of its first article (the older story survives a merge). */
  readonly first: number;
  readonly articles: string[];
  readonly words: TermCounts;
  readonly entities: TermCounts;
  readonly years: TermCounts;
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
export interface CentroidCache {
  readonly version: number;
  readonly size: number;
  readonly documents: number;
  readonly words: WeightedVector;
  readonly entities: WeightedVector;
  readonly years: WeightedVector;
}

export function createStory(firstArticle: string, ordinal: number): StoryState {
  return {
    id: contentId('story', firstArticle),
    first: ordinal,
    articles: [],
    words: new Map(),
    entities: new Map(),
    years: new Map(),
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
  readonly day: number | null;
}

/** Adds an article's terms and date; prunes the centroid to `limit` terms when it doubles past it. */
export function addMember(story: StoryState, member: StoryMember, vocabulary: Vocabulary, limit: number): void {
  story.articles.push(member.id);
  accumulate(story.words, member.words, vocabulary, limit);
  accumulate(story.entities, member.entities, vocabulary, limit);
  accumulate(story.years, member.years, vocabulary, limit);
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

/** The story's IDF-weighted word and entity centroids (cached). */
export function centroidOf(story: StoryState, vocabulary: Vocabulary): CentroidCache {
  const cached = story.centroid;
  if (cached !== null && isFresh(cached, story, vocabulary)) return cached;
  const fresh = {
    version: story.version,
    size: story.articles.length,
    documents: vocabulary.documents,
    words: weigh(vocabulary, story.words),
    entities: weigh(vocabulary, story.entities),
    years: weigh(vocabulary, story.years),
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
  accumulate(into.words, from.words, vocabulary, limit);
  accumulate(into.entities, from.entities, vocabulary, limit);
  accumulate(into.years, from.years, vocabulary, limit);
  widen(into, from.minDay, from.maxDay);
  into.lastSeen = Math.max(into.lastSeen, from.lastSeen);
  into.version++;
}

function widen(story: StoryState, min: number | null, max: number | null): void {
  if (min !== null) story.minDay = story.minDay === null ? min : Math.min(story.minDay, min);
  if (max !== null) story.maxDay = story.maxDay === null ? max : Math.max(story.maxDay, max);
}

function accumulate(into: TermCounts, add: TermCounts, vocabulary: Vocabulary, limit: number): void {
  for (const [term, count] of add) into.set(term, (into.get(term) ?? 0) + count);
  if (into.size > 2 * limit) prune(into, vocabulary, limit);
}

/** Keeps the `limit` terms heaviest by count × IDF. */
function prune(counts: TermCounts, vocabulary: Vocabulary, limit: number): void {
  const ranked = [...counts]
    .map(([term, count]) => ({ term, weight: count * idf(vocabulary, term) }))
    .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
  for (const { term } of ranked.slice(limit)) counts.delete(term);
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
