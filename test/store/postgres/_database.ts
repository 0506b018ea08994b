/**
 * Fresh PostgreSQL databases for the store tests. The server is the one `NEWSDESK_TEST_PG` names
 * (default `postgres://postgres@127.0.0.1:5432/postgres`, a maintenance database the user may
 * create databases from). Each test file works in its own database, `newsdesk_test_<pid>_<random>`,
 * so test files can run in parallel; each store in it gets its own schema (cheap, where a database
 * is not: dropping one costs the server a checkpoint). `dropDatabases()` drops what this process made.
 *
 * `NEWSDESK_TEST_PG=off` skips the PostgreSQL tests. Otherwise an unreachable server FAILS them:
 * CI starts PostgreSQL, and a silently skipped suite would hide breakage.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

/** The maintenance URL, or null when PostgreSQL tests are turned off. */
export function testServer(): string | null {
  const value = process.env.NEWSDESK_TEST_PG?.trim();
  if (value === 'off') return null;
  return value === undefined || value === '' ? DEFAULT_SERVER : value;
}

/** `{ skip }` for node:test: a reason when the PostgreSQL tests are off, else false. */
export const skipPostgres: string | false = testServer() === null ? 'NEWSDESK_TEST_PG=off' : false;

const created = new Set<string>();

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const server = testServer();
  if (server === null) throw new Error('PostgreSQL tests are off (NEWSDESK_TEST_PG=off)');
  const client = new pg.Client({ connectionString: server, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (err) {
    const where = new URL(server).host;
    throw new Error(
      `the PostgreSQL test server at ${where} is unreachable (${err instanceof Error ? err.message : String(err)}); ` +
        'start it, point NEWSDESK_TEST_PG at one, or set NEWSDESK_TEST_PG=off to skip these tests',
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database; returns its URL. Drops what killed test processes left behind. */
export async function createDatabase(): Promise<string> {
  const name = `newsdesk_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onServer(async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'newsdesk\\_test\\_%'");
    for (const { datname } of rows) {
      const pid = Number(/^newsdesk_test_(\d+)_[0-9a-f]+$/.exec(datname)?.[1]);
      if (pid > 0 && !isRunning(pid)) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
    await client.query(`CREATE DATABASE ${name}`);
  });
  created.add(name);
  const url = new URL(testServer()!);
  url.pathname = `/${name}`;
  return url.href;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

let fileDatabase: Promise<string> | null = null;
let schemas = 0;

/**
 * The URL of an empty schema in this test file's database (made on first use): a store opened on it
 * sees only its own tables. Several stores may open one URL to share a store.
 */
export async function createSchema(): Promise<string> {
  fileDatabase ??= createDatabase();
  const url = new URL(await fileDatabase);
  const schema = `store_${++schemas}`;
  const client = new pg.Client({ connectionString: url.href });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await client.end();
  }
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.href;
}

/** Drops every database this process created (connections still open to them are ended). */
export async function dropDatabases(): Promise<void> {
  if (created.size === 0) return;
  await onServer(async (client) => {
    for (const name of created) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  created.clear();
  fileDatabase = null;
}
