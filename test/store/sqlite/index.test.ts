import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../../src/store/sqlite/index.ts';
import { makeArticle } from '../_fixtures.ts';
import { storeSuite } from '../_suite.ts';

storeSuite('SQLite store', async () => openSqliteStore(':memory:'));

const bridge = [
  makeArticle({ title: 'Varn bridge reopens', text: 'The bridge over the Varn reopened after repairs.', source: 'Valley Post', entities: ['Varn'] }),
  makeArticle({ title: 'Traffic back on the Varn', text: 'Traffic returned to the bridge on Tuesday.', source: 'Hill Gazette', entities: ['Varn'] }),
];

test('a file store uses the WAL journal and passes the integrity check', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-sqlite-'));
  try {
    const path = join(dir, 'news.db');
    const store = openSqliteStore(path);
    await store.putArticles(bridge);
    await store.close();
    const db = new Database(path, { readonly: true });
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
