/**
 * The streaming clusterer's state: vocabulary, live stories, merge aliases, the inverted index
 * and where each article went. Private to the cluster stage; callers hold it as `Clusterer`.
 */
import type { ClusterOptions } from './options.ts';
import { createPostings, type Postings } from './postings.ts';
import { createVocabulary, type Vocabulary } from './vocabulary.ts';
import type { StoryState } from './story.ts';

export interface ClustererState {
  readonly options: ClusterOptions;
  readonly vocabulary: Vocabulary;
  /** Live stories by id (merged-away stories are removed and aliased). */
  readonly stories: Map<string, StoryState>;
  /** Merged-away story id → the story it was merged into. */
  readonly aliases: Map<string, string>;
  readonly postings: Postings;
  /** Article id → the story it joined (resolve through aliases for the current one). */
  readonly articleStory: Map<string, string>;
  /** Article id → arrival ordinal. */
  readonly ordinals: Map<string, number>;
  /** Latest publication day seen (window reference for undated articles). */
  lastDay: number | null;
}

export function createState(options: ClusterOptions): ClustererState {
  return {
    options,
    vocabulary: createVocabulary(),
    stories: new Map(),
    aliases: new Map(),
    postings: createPostings(),
    articleStory: new Map(),
    ordinals: new Map(),
    lastDay: null,
  };
}

/** The live story an id now stands for (following merges, compressing the path). */
export function resolveStory(state: ClustererState, id: string): string {
  let current = id;
  const path: string[] = [];
  for (let next = state.aliases.get(current); next !== undefined; next = state.aliases.get(current)) {
    path.push(current);
    current = next;
  }
  for (const step of path.slice(0, -1)) state.aliases.set(step, current);
  return current;
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
