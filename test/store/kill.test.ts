// A writer killed part way through an ingest leaves a store that opens, passes its integrity
// checks and is consistent; a second ingest completes it without duplicate rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { writeGeneratedCorpus } from './_generated.ts';

const CHILD = fileURLToPath(new URL('./_ingest-child.ts', import.meta.url));
const COUNT = 200;

function startIngest(db: string, folder: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout })),
  );
  return { child, exit };
}

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

function checkConsistent(db: string): { articles: number; stories: number } {
  const sqlite = new Database(db);
  try {
    assert.equal(sqlite.pragma('integrity_check', { simple: true }), 'ok');
    sqlite.exec("INSERT INTO article_fts (article_fts) VALUES ('integrity-check')");
    sqlite.exec("INSERT INTO fact_fts (fact_fts) VALUES ('integrity-check')");
    const one = (sql: string): number => (sqlite.prepare(sql).get() as { n: number }).n;
    assert.equal(one('SELECT count(*) AS n FROM articles WHERE story_id IS NULL OR story_id NOT IN (SELECT id FROM stories)'), 0);
    assert.equal(one('SELECT count(*) - count(DISTINCT id) AS n FROM articles'), 0);
    assert.equal(
      one('SELECT count(*) AS n FROM stories s WHERE s.articles != (SELECT count(*) FROM articles a WHERE a.story_id = s.id)'),
      0,
      'every story row counts the articles stored in it',
    );
    assert.equal(one('SELECT count(*) AS n FROM facts WHERE story_id NOT IN (SELECT id FROM stories)'), 0);
    return { articles: one('SELECT count(*) AS n FROM articles'), stories: one('SELECT count(*) AS n FROM stories') };
  } finally {
    sqlite.close();
  }
}

test('SIGKILL mid-ingest leaves a consistent store that a second ingest completes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-kill-'));
  try {
    const folder = join(dir, 'reports');
    writeGeneratedCorpus(folder, COUNT, { seed: 3, events: 10 });
    const db = join(dir, 'news.db');
    const first = startIngest(db, folder);
    const deadline = Date.now() + 120_000;
    while (committedArticles(db) === 0 && Date.now() < deadline) await sleep(25);
    first.child.kill('SIGKILL');
    const killed = await first.exit;
    assert.equal(killed.signal, 'SIGKILL', 'the writer was killed before it finished');
    const partial = checkConsistent(db);
    assert.ok(partial.articles > 0 && partial.articles < COUNT, `${partial.articles} articles committed before the kill`);

    const second = await startIngest(db, folder).exit;
    assert.equal(second.code, 0);
    assert.match(second.stdout, new RegExp(`^${COUNT - partial.articles} new, ${partial.articles} already stored, \\d+ stor`));
    const complete = checkConsistent(db);
    assert.equal(complete.articles, COUNT);

    const third = await startIngest(db, folder).exit;
    assert.equal(third.stdout, `0 new, ${COUNT} already stored, 0 stories touched\n`);
    assert.deepEqual(checkConsistent(db), complete);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
