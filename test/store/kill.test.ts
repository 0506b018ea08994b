// A writer killed part way through an ingest leaves a SQLite store that opens, passes its integrity
// checks and is consistent; a second ingest completes it without duplicate rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CONSISTENCY_CHECKS, killMidIngest, type StoreCounts } from './_kill.ts';

/** Articles committed so far (0 while the file or its tables do not exist yet). */
function committedArticles(db: string): number {
  try {
    const sqlite = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (sqlite.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      sqlite.close();
    }
  } catch {
    return 0;
  }
}

function checkConsistent(db: string): StoreCounts {
  const sqlite = new Database(db);
  try {
    assert.equal(sqlite.pragma('integrity_check', { simple: true }), 'ok');
    sqlite.exec("INSERT INTO article_fts (article_fts) VALUES ('integrity-check')");
    sqlite.exec("INSERT INTO fact_fts (fact_fts) VALUES ('integrity-check')");
    const one = (sql: string): number => (sqlite.prepare(sql).get() as { n: number }).n;
    for (const check of CONSISTENCY_CHECKS) assert.equal(one(check.sql), 0, check.what);
    return { articles: one('SELECT count(*) AS n FROM articles'), stories: one('SELECT count(*) AS n FROM stories') };
  } finally {
    sqlite.close();
  }
}

test('SIGKILL mid-ingest leaves a consistent store that a second ingest completes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-kill-'));
  try {
    const db = join(dir, 'news.db');
    await killMidIngest(dir, {
      location: db,
      committedArticles: async () => committedArticles(db),
      checkConsistent: async () => checkConsistent(db),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
