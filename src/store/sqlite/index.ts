/**
 * The SQLite backend of `Store` (better-sqlite3): one file, WAL journal (readers never block the
 * writer; a killed writer leaves the last committed state), schema migrated on open, every write
 * one transaction. The methods are async to meet the `Store` contract; the work is synchronous.
 */
import Database from 'better-sqlite3';
import type { Store, StoredGrouping } from '../index.ts';
import { StoreUnavailableError } from '../errors.ts';
import { migrate } from './migrations.ts';
import { createReader, type Reader } from './reads.ts';
import { createWriter } from './writes.ts';

const DEFAULT_SEARCH_LIMIT = 20;

/** Opens (creating when absent) the SQLite store at `path` (`:memory:` for a private in-memory one). */
export function openSqliteStore(path: string): Store {
  const db = openDatabase(path);
  const reader = createReader(db);
  const writer = createWriter(db);
  return {
    hasArticle: async (id) => reader.hasArticle(id),
    putArticles: async (articles) => writer.putArticles(articles),
    allArticles: async () => reader.allArticles(),
    groupingInputs: () => streamGroupingInputs(reader),
    getArticles: async (ids) => reader.getArticles(ids),
    articlesOf: async (storyId) => reader.articlesOf(storyId),
    putStories: async (write) => writer.putStories(write),
    listStories: async (query = {}) => reader.listStories(query),
    getBrief: async (storyId) => reader.getBrief(storyId),
    search: async (query, limit = DEFAULT_SEARCH_LIMIT) => reader.search(query, limit),
    entityStories: async (entityId) => reader.entityStories(entityId),
    storyRows: async (storyIds) => reader.storyRows(storyIds),
    storyOutlets: async (storyIds) => reader.storyOutlets(storyIds),
    counts: async () => reader.counts(),
    unassignedArticles: async () => reader.unassignedArticles(),
    close: async () => void db.close(),
  };
}

/** Opens the file with WAL and migrates it; a file that is not a (current) store is the user's error. */
function openDatabase(path: string): Database.Database {
  let db: Database.Database | null = null;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    // NORMAL is safe with WAL: a crash keeps every committed transaction but the newest few on power loss.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (err) {
    db?.close();
    if (!(err instanceof Database.SqliteError)) throw err;
    throw new StoreUnavailableError(`${path} is not a usable newsdesk store: ${err.message}`);
  }
}

async function* streamGroupingInputs(reader: Reader): AsyncGenerator<StoredGrouping> {
  let after = 0;
  for (;;) {
    const page = reader.groupingPage(after);
    if (page.rows.length === 0) return;
    yield* page.rows;
    after = page.lastSeq;
  }
}
