/**
 * The store: where ingested articles, their story assignments and the stories' briefs live between
 * runs. `Store` is the contract every backend meets (async, no backend types in it), so a
 * PostgreSQL implementation meets it as well. `openStore(location)` picks the backend: a file path
 * (or `:memory:`, or a `file:` URL) → SQLite; a `postgres://` or `postgresql://` URL → PostgreSQL.
 *
 * The store does no analysis: it keeps what the pipeline produced and answers queries over it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnnotatedArticle, Brief, DatePrecision } from '../types.ts';
import { StoreUnavailableError } from './errors.ts';
import { openSqliteStore } from './sqlite/index.ts';
import { openPostgresStore } from './postgres/index.ts';

/** One row of `newsdesk/stories@1` (shared/spec/brief.md). */
export interface StoryRow {
  readonly id: string;
  readonly headline: string;
  readonly eventDate: { readonly value: string; readonly precision: DatePrecision } | null;
  readonly articles: number;
  /** Independent outlets: distinct sources among the articles that are not duplicates. */
  readonly sources: number;
  readonly corroborated: number;
  readonly disputed: number;
  /** ISO 8601 time the story's brief was last written. */
  readonly updatedAt: string;
}

export interface StoryQuery {
  /** At most this many rows (default: all). */
  readonly limit?: number;
  readonly offset?: number;
}

/** What dedup and cluster read of an article: enough to regroup the stored articles without loading them whole. */
export type GroupingInput = Pick<
  AnnotatedArticle,
  'id' | 'title' | 'text' | 'publishedAt' | 'entities' | 'dates' | 'source' | 'wire'
>;

/** A stored article's grouping fields and the story it is stored in (null when not assigned yet). */
export interface StoredGrouping extends GroupingInput {
  readonly story: string | null;
}

/** Article → the story it belongs to. */
export interface StoryAssignment {
  readonly article: string;
  readonly story: string;
}

/**
 * One atomic write: new articles, where articles (new or moved by a merge) now belong, the
 * re-briefed stories (keyed by `brief.id`) and the stories merged away. All or nothing.
 */
export interface StoryWrite {
  /** Articles to add; one already stored (same id) is left as it is. */
  readonly articles: readonly AnnotatedArticle[];
  readonly assignments: readonly StoryAssignment[];
  readonly briefs: readonly Brief[];
  /** Stories that no longer exist (merged into another); their rows and briefs are deleted. */
  readonly removed: readonly string[];
  /** ISO 8601 time written as the touched stories' `updatedAt`. */
  readonly updatedAt: string;
  /**
   * How many articles the store held when this write was computed. When given, the write is
   * refused (`StoreConflictError`) if the store now holds another number: another writer got in.
   */
  readonly storedArticles?: number;
  /**
   * How many stored articles were in a story when this write was computed. When given, the write is
   * refused (`StoreConflictError`) if that number has changed: another story assigner got in (only
   * story assignment moves an article out of "no story", and never back, so the number only grows).
   * Checked inside the write's transaction, serialised against every other write.
   */
  readonly assignedArticles?: number;
}

export interface SearchHit {
  readonly kind: 'article' | 'fact';
  /** The story it belongs to (null for an article not yet assigned). */
  readonly story: string | null;
  readonly article: string | null;
  readonly fact: string | null;
  /** The matching passage, matches marked with `[` and `]`. */
  readonly snippet: string;
}

export interface StoreCounts {
  readonly articles: number;
  readonly stories: number;
}

export interface Store {
  hasArticle(id: string): Promise<boolean>;
  /** Adds articles without a story (idempotent by id); returns how many were new. */
  putArticles(articles: readonly AnnotatedArticle[]): Promise<number>;
  /** Every stored article, in stored order. */
  allArticles(): Promise<AnnotatedArticle[]>;
  /** The grouping fields and story of every stored article, in stored order (streamed: the store may be big). */
  groupingInputs(): AsyncIterable<StoredGrouping>;
  /** The stored articles of these ids, in stored order (unknown ids are skipped). */
  getArticles(ids: readonly string[]): Promise<AnnotatedArticle[]>;
  /** The articles of one story, in stored order. */
  articlesOf(storyId: string): Promise<AnnotatedArticle[]>;
  /** Writes articles, assignments and briefs in one transaction. */
  putStories(write: StoryWrite): Promise<void>;
  /** `stories@1` rows, largest story first (ties: the earliest stored first). */
  listStories(query?: StoryQuery): Promise<StoryRow[]>;
  getBrief(storyId: string): Promise<Brief | null>;
  /** Full-text search over article titles and bodies and fact texts; every word must match. */
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** Stories whose brief lists this entity id. */
  entityStories(entityId: string): Promise<StoryRow[]>;
  /** The `stories@1` rows of these story ids, in the order given (unknown ids are skipped). */
  storyRows(storyIds: readonly string[]): Promise<StoryRow[]>;
  /**
   * Each given story's outlets: the distinct non-empty `source` values of its stored articles, the
   * most frequent first (ties by name). A story without any known outlet (or unknown) maps to [].
   */
  storyOutlets(storyIds: readonly string[]): Promise<ReadonlyMap<string, readonly string[]>>;
  counts(): Promise<StoreCounts>;
  /** How many stored articles are not in a story yet (added by `putArticles`, not yet assigned). */
  unassignedArticles(): Promise<number>;
  close(): Promise<void>;
}

/** Where commands keep the store when none is given: a SQLite file in the current folder. */
export const DEFAULT_STORE_LOCATION = 'newsdesk.db';

export { StoreConflictError, StoreUnavailableError } from './errors.ts';

const URL_SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

/** False when the location is a SQLite file path that does not exist yet (a server's URL is assumed to exist: opening tells). */
export function storeExists(location: string): boolean {
  if (location === ':memory:' || (URL_SCHEME.test(location) && !location.startsWith('file:'))) return true;
  return existsSync(location.startsWith('file:') ? fileURLToPath(location) : location);
}

/** Opens (creating and migrating when needed) the store at a file path, `:memory:`, or a URL. */
export async function openStore(location: string): Promise<Store> {
  if (location.trim() === '') throw new StoreUnavailableError('no store location given');
  const scheme = URL_SCHEME.exec(location)?.[1]?.toLowerCase();
  if (scheme === 'postgres' || scheme === 'postgresql') return openPostgresStore(location);
  if (scheme !== undefined && scheme !== 'file') {
    throw new StoreUnavailableError(`unknown store URL scheme "${scheme}://"; give a SQLite file path or a postgres:// URL`);
  }
  const path = scheme === 'file' ? fileURLToPath(location) : location;
  return openSqliteStore(path);
}
