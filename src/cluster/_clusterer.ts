/**
 * The streaming clusterer's state: vocabulary, live stories, retired stories, merge aliases,
 * the inverted index and where each article went. Private to the cluster stage; callers hold
 * it as `Clusterer`.
 *
 * Memory stays bounded by the window, not the stream: at each sweep (see `sweepInterval`), stories
 * whose newest article is more than `windowDays` older than the stream's newest date retire
 * (no article dated at or after the newest date could still reach them), unless one of the
 * last `recentArrivals` articles joined them (a stream out of date order: a folder read by
 * name, a backfill, a reversed pass): their terms and postings are dropped, their id, articles
 * and dates kept. Undated stories retire least recently seen first once more than
 * `maxUndatedStories` are live. At a sweep, once the vocabulary has grown by a quarter since the
 * last time, the terms that no live story holds (in its tables, cached centroid or postings) and
 * none of the last `recentArrivals` articles used are forgotten (see `forgetTerms`), so the
 * vocabulary, and every array indexed by term id, follow the window too. A batch (`clusterArticles`)
 * forgets nothing: refinement reads its articles' interned tables after the stream.
 */
import type { ClusterOptions } from './options.ts';
import { createPostings, unpostStory, type Postings } from './postings.ts';
import { createVocabulary, forgetTerms, type Vocabulary } from './vocabulary.ts';
import { releaseTerms, type StoryState } from './story.ts';
import { createProbe, type Probe } from './term-vector.ts';

/**
 * Fewest articles between two sweeps for stories that left the window; with more live stories,
 * a sweep comes every eighth of their number (a sweep reads them all: constant cost per article).
 */
export const sweepInterval = 256;
/** Stories joined by one of this many latest arrivals stay live whatever their dates. */
export const recentArrivals = 4096;
/** Live undated stories kept (the most recently seen). */
export const maxUndatedStories = 4096;

export interface ClustererState {
  readonly options: ClusterOptions;
  readonly vocabulary: Vocabulary;
  /** Live stories by id (merged-away stories are removed and aliased; retired ones moved out). */
  readonly stories: Map<string, StoryState>;
  /** Live stories by key (`StoryState.key`; undefined once merged away or retired). */
  readonly byKey: (StoryState | undefined)[];
  /**
   * Keys of stories merged away or retired, given to new stories: keys then span the live stories,
   * not every story the stream ever made, and so does every array indexed by key (the lookup's
   * tallies). A key is freed only once its story is out of every posting list.
   */
  readonly freeKeys: number[];
  /** Stories that left the window: articles and dates only. Duplicates of their articles still join them. */
  readonly retired: Map<string, StoryState>;
  /** Merged-away story id → the story it was merged into. */
  readonly aliases: Map<string, string>;
  readonly postings: Postings;
  /** Article id → the story it joined (resolve through aliases for the current one). */
  readonly articleStory: Map<string, string>;
  /** Articles placed so far (the next arrival ordinal). */
  arrivals: number;
  /** Article id → arrival ordinal, kept for a batch only (`keepsOrdinals`): a stream would hold one entry per article. */
  readonly ordinals: Map<string, number>;
  /** A batch: ordinals kept, no term forgotten (see the file comment). */
  readonly batch: boolean;
  /** Vocabulary size after the last forgetting. */
  vocabularyAtForget: number;
  /** Latest publication day seen (window reference for undated articles). */
  lastDay: number | null;
  /** Articles seen at the last sweep. */
  sweptAt: number;
  /** Scratch: the article being placed, its weights by term id (zero elsewhere; see `spreadProbe`). */
  probe: Probe;
  /** Live stories' `nameRank` by key: lookups break ties by name without reading the stories. */
  nameRanks: Float64Array;
}

export function createState(options: ClusterOptions, batch = false): ClustererState {
  return {
    options,
    vocabulary: createVocabulary(),
    stories: new Map(),
    byKey: [],
    freeKeys: [],
    retired: new Map(),
    aliases: new Map(),
    postings: createPostings(options.maxPostings),
    articleStory: new Map(),
    arrivals: 0,
    ordinals: new Map(),
    batch,
    vocabularyAtForget: 0,
    lastDay: null,
    sweptAt: 0,
    probe: createProbe(1024),
    nameRanks: new Float64Array(1024),
  };
}

/** The live story an id now stands for (following merges, compressing the path). */
export function resolveStory(state: ClustererState, id: string): string {
  let current = id;
  let next = state.aliases.get(current);
  if (next === undefined) return current;
  const path: string[] = [];
  for (; next !== undefined; next = state.aliases.get(current)) {
    path.push(current);
    current = next;
  }
  for (const step of path.slice(0, -1)) state.aliases.set(step, current);
  return current;
}

/** The story an id stands for, live or retired (undefined for an unknown id). */
export function findStory(state: ClustererState, id: string): StoryState | undefined {
  const resolved = resolveStory(state, id);
  return state.stories.get(resolved) ?? state.retired.get(resolved);
}

/** True when a story has a dated article within `windowDays` of `day` (undated: always). */
export function withinWindow(story: StoryState, day: number | null, windowDays: number): boolean {
  if (day === null || story.minDay === null || story.maxDay === null) return true;
  return day >= story.minDay - windowDays && day <= story.maxDay + windowDays;
}

/** True when two stories' date ranges come within `windowDays` of each other (undated: always). */
export function rangesMeet(a: StoryState, b: StoryState, windowDays: number): boolean {
  if (a.minDay === null || a.maxDay === null || b.minDay === null || b.maxDay === null) return true;
  return a.minDay <= b.maxDay + windowDays && b.minDay <= a.maxDay + windowDays;
}

/** Now and then (see `sweepInterval`), retires the stories that left the window (see the file comment). */
export function sweepStale(state: ClustererState): void {
  if (state.arrivals - state.sweptAt < Math.max(sweepInterval, state.stories.size >> 3)) return;
  state.sweptAt = state.arrivals;
  const undated: StoryState[] = [];
  const { lastDay } = state;
  const horizon = lastDay === null ? null : lastDay - state.options.windowDays;
  const recent = state.arrivals - recentArrivals;
  for (const story of state.stories.values()) {
    if (story.maxDay === null) undated.push(story);
    else if (horizon !== null && story.maxDay < horizon && story.lastSeen < recent) retire(state, story);
  }
  if (undated.length > maxUndatedStories) {
    undated.sort((a, b) => a.lastSeen - b.lastSeen);
    for (const story of undated.slice(0, undated.length - maxUndatedStories)) retire(state, story);
  }
  if (!state.batch && state.vocabulary.size >= Math.max(minForgetVocabulary, state.vocabularyAtForget * 1.25)) forgetStaleTerms(state);
}

/** Vocabulary size below which nothing is forgotten (small streams keep every term). */
const minForgetVocabulary = 16_384;

/** Forgets the terms no live story holds and no recent article used (see the file comment). */
function forgetStaleTerms(state: ClustererState): void {
  const { vocabulary } = state;
  const inUse = new Uint8Array(vocabulary.terms.length);
  const mark = (ids: Uint32Array): void => {
    for (let i = 0; i < ids.length; i++) inUse[ids[i]!] = 1;
  };
  for (const story of state.stories.values()) {
    mark(story.words.ids);
    mark(story.entities.ids);
    mark(story.years.ids);
    if (story.centroid !== null) {
      mark(story.centroid.words.ids);
      mark(story.centroid.entities.ids);
      mark(story.centroid.years.ids);
    }
  }
  for (const terms of state.postings.posted.values()) for (const term of terms) inUse[term] = 1;
  forgetTerms(vocabulary, inUse, vocabulary.documents - recentArrivals);
  state.vocabularyAtForget = vocabulary.size;
}

function retire(state: ClustererState, story: StoryState): void {
  state.stories.delete(story.id);
  state.byKey[story.key] = undefined;
  state.retired.set(story.id, story);
  unpostStory(state.postings, story.key);
  state.freeKeys.push(story.key);
  releaseTerms(story);
}
