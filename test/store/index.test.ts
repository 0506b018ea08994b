import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openStore, storeExists, StoreUnavailableError } from '../../src/store/index.ts';

test('an unreachable PostgreSQL server is a clear error naming the server, never the password', async () => {
  for (const scheme of ['postgres', 'postgresql']) {
    await assert.rejects(openStore(`${scheme}://newsdesk:s3cret-word@127.0.0.1:1/news`), (err: unknown) => {
      assert.ok(err instanceof StoreUnavailableError);
      assert.match(err.message, new RegExp(`PostgreSQL store ${scheme}://newsdesk@127\\.0\\.0\\.1:1/news: no PostgreSQL server answers there`));
      assert.doesNotMatch(err.message, /s3cret/);
      return true;
    });
  }
});

test('an unknown URL scheme and an empty location are refused', async () => {
  await assert.rejects(openStore('mysql://host/db'), /mysql/);
  await assert.rejects(openStore('  '), StoreUnavailableError);
});

test('a file path and a file: URL open SQLite stores; storeExists tells a missing file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-store-'));
  try {
    const path = join(dir, 'a.db');
    assert.equal(storeExists(path), false);
    const store = await openStore(path);
    assert.deepEqual(await store.counts(), { articles: 0, stories: 0 });
    await store.close();
    assert.equal(storeExists(path), true);
    const viaUrl = await openStore(pathToFileURL(path).href);
    assert.deepEqual(await viaUrl.counts(), { articles: 0, stories: 0 });
    await viaUrl.close();
    assert.equal(storeExists('postgres://host/db'), true);
    assert.equal(storeExists(':memory:'), true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a file that is not a database is an error, not a crash later', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-store-'));
  try {
    const path = join(dir, 'notes.db');
    writeFileSync(path, 'these are not the pages of a database '.repeat(200));
    await assert.rejects(openStore(path), (err: unknown) => err instanceof StoreUnavailableError && /not a database/.test(err.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
