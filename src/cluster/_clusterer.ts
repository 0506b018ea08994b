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
 * `maxUndatedStories` are live.
 */
import type { ClusterOptions } from './options.ts';
import { createPostings, unpostStory, type Postings } from './postings.ts';
import { createVocabulary, type Vocabulary } from './vocabulary.ts';
import { releaseTerms, type StoryState } from './story.ts';

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
  /** Stories that left the window: articles and dates only. Duplicates of their articles still join them. */
  readonly retired: Map<string, StoryState>;
  /** Merged-away story id → the story it was merged into. */
  readonly aliases: Map<string, string>;
  readonly postings: Postings;
  /** Article id → the story it joined (resolve through aliases for the current one). */
  readonly articleStory: Map<string, string>;
  /** Article id → arrival ordinal. */
  readonly ordinals: Map<string, number>;
  /** Latest publication day seen (window reference for undated articles). */
  lastDay: number | null;
  /** Articles seen at the last sweep. */
  sweptAt: number;
  /** Scratch: the article being placed, its weights by term id (zero elsewhere; see `spreadProbe`). */
  probe: Float64Array;
}

export function createState(options: ClusterOptions): ClustererState {
  return {
    options,
    vocabulary: createVocabulary(),
    stories: new Map(),
    byKey: [],
    retired: new Map(),
    aliases: new Map(),
    postings: createPostings(options.maxPostings),
    articleStory: new Map(),
    ordinals: new Map(),
    lastDay: null,
    sweptAt: 0,
    probe: new Float64Array(1024),
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
  if (state.ordinals.size - state.sweptAt < Math.max(sweepInterval, state.stories.size >> 3)) return;
  state.sweptAt = state.ordinals.size;
  const undated: StoryState[] = [];
  const { lastDay } = state;
  const horizon = lastDay === null ? null : lastDay - state.options.windowDays;
  const recent = state.ordinals.size - recentArrivals;
  for (const story of state.stories.values()) {
    if (story.maxDay === null) undated.push(story);
    else if (horizon !== null && story.maxDay < horizon && story.lastSeen < recent) retire(state, story);
  }
  if (undated.length <= maxUndatedStories) return;
  undated.sort((a, b) => a.lastSeen - b.lastSeen);
  for (const story of undated.slice(0, undated.length - maxUndatedStories)) retire(state, story);
}

function retire(state: ClustererState, story: StoryState): void {
  state.stories.delete(story.id);
  state.byKey[story.key] = undefined;
  state.retired.set(story.id, story);
  unpostStory(state.postings, story.key);
  releaseTerms(story);
}
