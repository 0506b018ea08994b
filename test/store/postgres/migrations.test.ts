import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion, type Migration } from '../../../src/store/postgres/migrations.ts';
import { openPostgresStore } from '../../../src/store/postgres/index.ts';
import { StoreUnavailableError } from '../../../src/store/errors.ts';
import { makeArticle } from '../_fixtures.ts';
import { createSchema, dropDatabases, skipPostgres, testServer } from './_database.ts';

after(dropDatabases);

/** A client on a fresh, empty schema. */
async function freshClient(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: await createSchema() });
  await client.connect();
  return client;
}

async function currentSchema(client: pg.ClientBase): Promise<string> {
  return (await client.query<{ name: string }>('SELECT current_schema() AS name')).rows[0]!.name;
}

async function tables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name',
  );
  return rows.map((r) => r.name);
}

describe('PostgreSQL migrations', { skip: skipPostgres }, () => {
  test('an empty database migrates to the latest version, and a second run applies nothing', async () => {
    const client = await freshClient();
    try {
      assert.equal(await schemaVersion(client), 0);
      assert.deepEqual(await migrate(client), MIGRATIONS.map((m) => m.version));
      assert.equal(await schemaVersion(client), LATEST_VERSION);
      for (const name of ['articles', 'stories', 'story_entities', 'facts', 'schema_migrations']) {
        assert.ok((await tables(client)).includes(name), `has ${name}`);
      }
      const { rows } = await client.query<{ name: string }>(
        "SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND indexdef LIKE '%USING gin%' ORDER BY 1",
      );
      assert.deepEqual(rows.map((r) => r.name), ['article_search_index', 'facts_search']);
      assert.deepEqual(await migrate(client), []);
      assert.equal((await client.query('SELECT * FROM schema_migrations')).rowCount, MIGRATIONS.length);
    } finally {
      await client.end();
    }
  });

  test('version 4 moves the stored articles\' search vectors out of their rows, which story assignments update', async () => {
    const client = await freshClient();
    try {
      await migrate(client, MIGRATIONS.filter((m) => m.version <= 3));
      await client.query(
        `INSERT INTO articles (id, title, words, text, entities, dates, data) VALUES ('a1', 'Ferry strike', 3, 'The ferries stopped.', '[]', '[]', '{}')`,
      );
      assert.deepEqual(await migrate(client, MIGRATIONS.filter((m) => m.version <= 4)), [4]);
      const columns = await client.query("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'articles'");
      assert.ok(!columns.rows.some((r: { column_name: string }) => r.column_name === 'search'), 'articles has no search column');
      const found = await client.query(
        "SELECT a.id FROM articles a JOIN article_search s ON s.seq = a.seq WHERE s.search @@ plainto_tsquery('newsdesk_english', 'ferry')",
      );
      assert.deepEqual(found.rows, [{ id: 'a1' }]);
    } finally {
      await client.end();
    }
  });

  test('version 5 compresses the long text columns with lz4 (this server has it), and stored values read back the same', async () => {
    const client = await freshClient();
    try {
      await migrate(client, MIGRATIONS.filter((m) => m.version <= 4));
      const long = 'The ferries stopped. '.repeat(2000);
      await client.query(`INSERT INTO articles (id, words, text, entities, dates, data) VALUES ('a1', 3, $1, '[]', '[]', '{}')`, [long]);
      assert.deepEqual(await migrate(client), [5]);
      const { rows } = await client.query<{ name: string; method: string }>(
        `SELECT a.attrelid::regclass::text || '.' || a.attname AS name, a.attcompression AS method
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = current_schema() AND c.relname IN ('articles', 'stories') AND a.attcompression <> '' ORDER BY 1`,
      );
      assert.deepEqual(rows.map((r) => `${r.name.split('.').slice(-2).join('.')}:${r.method}`), [
        'articles.data:l', 'articles.dates:l', 'articles.entities:l', 'articles.text:l', 'stories.brief:l',
      ]);
      await client.query(`INSERT INTO articles (id, words, text, entities, dates, data) VALUES ('a2', 3, $1, '[]', '[]', '{}')`, [long]);
      const texts = await client.query<{ id: string; same: boolean; method: string }>(
        'SELECT id, text = $1 AS same, pg_column_compression(text) AS method FROM articles ORDER BY id',
        [long],
      );
      // The value stored before keeps its pglz compression; the new one is lz4; both read back the same.
      assert.deepEqual(texts.rows, [{ id: 'a1', same: true, method: 'pglz' }, { id: 'a2', same: true, method: 'lz4' }]);
    } finally {
      await client.end();
    }
  });

  test('migrations apply in version order, only those missing', async () => {
    const client = await freshClient();
    try {
      const extra: Migration[] = [
        { version: 3, description: 'third', statements: ['ALTER TABLE t ADD COLUMN c text'] },
        { version: 2, description: 'second', statements: ['ALTER TABLE t ADD COLUMN b text'] },
        { version: 1, description: 'first', statements: ['CREATE TABLE t (a text)'] },
      ];
      assert.deepEqual(await migrate(client, extra.slice(1)), [1, 2]);
      assert.deepEqual(await migrate(client, extra), [3]);
      const { rows } = await client.query<{ name: string }>(
        "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 't' ORDER BY ordinal_position",
      );
      assert.deepEqual(rows.map((r) => r.name), ['a', 'b', 'c']);
    } finally {
      await client.end();
    }
  });

  test('a failing migration leaves the database as it was', async () => {
    const client = await freshClient();
    try {
      const broken: Migration[] = [
        { version: 1, description: 'ok', statements: ['CREATE TABLE t (a text)'] },
        { version: 2, description: 'broken', statements: ['CREATE TABLE u (a text)', 'ALTER TABLE nowhere ADD COLUMN b text'] },
      ];
      await assert.rejects(migrate(client, broken), /nowhere/);
      assert.equal(await schemaVersion(client), 0);
      assert.deepEqual(await tables(client), []);
    } finally {
      await client.end();
    }
  });

  test('a database newer than the code is refused', async () => {
    const url = await createSchema();
    const store = await openPostgresStore(url);
    await store.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("INSERT INTO schema_migrations (version, description) VALUES ($1, 'from the future')", [LATEST_VERSION + 1]);
    await client.end();
    await assert.rejects(openPostgresStore(url), (err: unknown) => err instanceof StoreUnavailableError && /newer/.test(err.message));
  });

  test('stores opened at once on one fresh database migrate it exactly once', async () => {
    const url = await createSchema();
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore(url)));
    assert.deepEqual(await Promise.all(stores.map((s) => s.counts())), stores.map(() => ({ articles: 0, stories: 0 })));
    await Promise.all(stores.map((s) => s.close()));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    await client.end();
    assert.deepEqual(rows.map((r) => r.version), MIGRATIONS.map((m) => m.version));
  });

  test('a user who may only read opens a migrated store and reads it', async () => {
    const url = await createSchema();
    const owner = await openPostgresStore(url);
    await owner.putArticles([makeArticle({ text: 'Read-only readers can read this report.' })]);
    await owner.close();
    const reader = `newsdesk_reader_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`DROP ROLE IF EXISTS ${reader}`);
      await admin.query(`CREATE ROLE ${reader} LOGIN`);
      await admin.query(`GRANT USAGE ON SCHEMA ${await currentSchema(admin)} TO ${reader}`);
      await admin.query(`GRANT SELECT ON ALL TABLES IN SCHEMA ${await currentSchema(admin)} TO ${reader}`);
      const asReader = new URL(url);
      asReader.username = reader;
      const store = await openPostgresStore(asReader.href);
      try {
        assert.deepEqual(await store.counts(), { articles: 1, stories: 0 });
        assert.equal((await store.search('readers')).length, 1);
      } finally {
        await store.close();
      }
    } finally {
      await admin.query(`DROP OWNED BY ${reader}`);
      await admin.query(`DROP ROLE IF EXISTS ${reader}`);
      await admin.end();
    }
  });

  test('a database that does not exist is a clear error naming it, not a crash', async () => {
    const url = new URL(testServer()!);
    url.pathname = '/newsdesk_no_such_database';
    await assert.rejects(openPostgresStore(url.href), (err: unknown) => {
      assert.ok(err instanceof StoreUnavailableError);
      assert.match(err.message, new RegExp(`${url.host}/newsdesk_no_such_database: the database does not exist`));
      return true;
    });
  });
});
