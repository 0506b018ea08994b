/**
 * The PostgreSQL backend of `Store` (node-postgres): a connection pool on one database, schema
 * migrated on open (see migrations.ts), every write one transaction (see writes.ts), full-text
 * search over generated tsvector columns with GIN indexes (see reads.ts). Several processes, on
 * any machines, may open one database and write at once.
 *
 * A server that cannot be reached, a database that does not exist or a refused login is the
 * user's problem, reported as `StoreUnavailableError` naming the server and database (never the
 * password).
 */
import pg from 'pg';
import type { Store } from '../index.ts';
import { StoreUnavailableError } from '../errors.ts';
import { migrate } from './migrations.ts';
import { createReader } from './reads.ts';
import { createWriter } from './writes.ts';
import { errorCode } from './_transaction.ts';

const DEFAULT_SEARCH_LIMIT = 20;
/** Connections per store: one writer and a few readers at a time is all a newsdesk process needs. */
const POOL_SIZE = 4;
const CONNECT_TIMEOUT_MS = 10_000;

/** Opens the store in the database a `postgres://` (or `postgresql://`) URL names, migrating it when needed. */
export async function openPostgresStore(url: string): Promise<Store> {
  const where = describeLocation(url);
  let pool: pg.Pool;
  try {
    pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  } catch (err) {
    throw new StoreUnavailableError(`${where} is not a usable PostgreSQL URL: ${messageOf(err)}`);
  }
  // An idle connection dropped by the server (restart, timeout) must not crash the process; the
  // next query on the pool opens a new connection or reports the failure to its caller.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    try {
      await migrate(client);
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end().catch(() => undefined);
    if (err instanceof StoreUnavailableError) throw err;
    throw unavailable(where, err);
  }
  const reader = createReader(pool);
  const writer = createWriter(pool);
  let closed: Promise<void> | null = null;
  return {
    hasArticle: (id) => reader.hasArticle(id),
    putArticles: (articles) => writer.putArticles(articles),
    allArticles: () => reader.allArticles(),
    groupingInputs: () => reader.groupingInputs(),
    getArticles: (ids) => reader.getArticles(ids),
    articlesOf: (storyId) => reader.articlesOf(storyId),
    putStories: (write) => writer.putStories(write),
    listStories: (query = {}) => reader.listStories(query),
    getBrief: (storyId) => reader.getBrief(storyId),
    search: (query, limit = DEFAULT_SEARCH_LIMIT) => reader.search(query, limit),
    entityStories: (entityId) => reader.entityStories(entityId),
    storyRows: (storyIds) => reader.storyRows(storyIds),
    storyOutlets: (storyIds) => reader.storyOutlets(storyIds),
    counts: () => reader.counts(),
    unassignedArticles: () => reader.unassignedArticles(),
    close: () => (closed ??= pool.end()),
  };
}

/** `postgres://user@host:port/database`: the URL without its password or options (a socket folder given as `?host=` shows as the host). */
export function describeLocation(url: string): string {
  try {
    const parsed = new URL(url);
    const user = parsed.username === '' ? '' : `${decodeURIComponent(parsed.username)}@`;
    const host = parsed.host !== '' ? parsed.host : (parsed.searchParams.get('host') ?? 'localhost');
    return `${parsed.protocol}//${user}${host}${parsed.pathname}`;
  } catch {
    return 'the PostgreSQL URL';
  }
}

/** Why the server could not be used, by PostgreSQL error code or connection error. */
function unavailable(where: string, err: unknown): StoreUnavailableError {
  const code = errorCode(err);
  const reasons: Record<string, string> = {
    '3D000': 'the database does not exist (create it first, e.g. createdb)',
    '28P01': 'the server refused the password',
    '28000': 'the server refused the login',
    '42501': 'the user may not create the store tables',
    ECONNREFUSED: 'no PostgreSQL server answers there',
    ENOTFOUND: 'the host name does not resolve',
    ETIMEDOUT: 'the connection timed out',
  };
  const reason = reasons[code] ?? messageOf(err);
  return new StoreUnavailableError(`cannot open the PostgreSQL store ${where}: ${reason}`);
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
