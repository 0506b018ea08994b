import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion, type Migration } from '../../../src/store/sqlite/migrations.ts';
import { StoreUnavailableError } from '../../../src/store/errors.ts';

const tables = (db: Database.Database): string[] =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') ORDER BY name").all() as { name: string }[]).map((r) => r.name);

test('an empty database migrates to the latest version, and a second run applies nothing', () => {
  const db = new Database(':memory:');
  assert.equal(schemaVersion(db), 0);
  assert.deepEqual(migrate(db), MIGRATIONS.map((m) => m.version));
  assert.equal(schemaVersion(db), LATEST_VERSION);
  for (const name of ['articles', 'stories', 'story_entities', 'facts', 'article_fts', 'fact_fts', 'articles_fts_insert']) {
    assert.ok(tables(db).includes(name), `has ${name}`);
  }
  assert.deepEqual(migrate(db), []);
  assert.equal((db.prepare('SELECT count(*) AS n FROM schema_version').get() as { n: number }).n, MIGRATIONS.length);
  db.close();
});

test('migrations apply in version order, only those missing', () => {
  const db = new Database(':memory:');
  const extra: Migration[] = [
    { version: 3, description: 'third', statements: ['ALTER TABLE t ADD COLUMN c TEXT'] },
    { version: 2, description: 'second', statements: ['ALTER TABLE t ADD COLUMN b TEXT'] },
    { version: 1, description: 'first', statements: ['CREATE TABLE t (a TEXT)'] },
  ];
  assert.deepEqual(migrate(db, extra.slice(1)), [1, 2]);
  assert.deepEqual(migrate(db, extra), [3]);
  const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').all('t') as { name: string }[]).map((r) => r.name);
  assert.deepEqual(columns, ['a', 'b', 'c']);
  db.close();
});

test('a failing migration leaves the database as it was', () => {
  const db = new Database(':memory:');
  const broken: Migration[] = [
    { version: 1, description: 'ok', statements: ['CREATE TABLE t (a TEXT)'] },
    { version: 2, description: 'broken', statements: ['CREATE TABLE u (a TEXT)', 'ALTER TABLE nowhere ADD COLUMN b'] },
  ];
  assert.throws(() => migrate(db, broken));
  assert.equal(schemaVersion(db), 0);
  assert.deepEqual(tables(db), ['schema_version']);
  db.close();
});

test('a database newer than the code is refused', () => {
  const db = new Database(':memory:');
  migrate(db);
  db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(LATEST_VERSION + 1);
  assert.throws(() => migrate(db), StoreUnavailableError);
  db.close();
});
