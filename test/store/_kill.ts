/**
 * The kill scenario, for any store backend: an ingest (a child process) is SIGKILLed once some
 * articles are committed; the store must then be consistent, a second ingest must complete it
 * without duplicates, and a third must find nothing new. The backend supplies the store location
 * and its own consistency check (read with its own client, not through the Store being tested).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeGeneratedCorpus } from './_generated.ts';

const CHILD = fileURLToPath(new URL('./_ingest-child.ts', import.meta.url));
const COUNT = 200;

export interface StoreCounts {
  readonly articles: number;
  readonly stories: number;
}

export interface KillTarget {
  /** The `--db` the ingests are given. */
  readonly location: string;
  /** Articles committed so far (0 while the store or its tables do not exist yet). */
  committedArticles(): Promise<number>;
  /** Asserts the store is consistent; returns its counts. */
  checkConsistent(): Promise<StoreCounts>;
}

function startIngest(db: string, folder: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout })),
  );
  return { child, exit };
}

/** Runs the scenario in `dir` (a scratch folder for the generated reports). */
export async function killMidIngest(dir: string, target: KillTarget): Promise<void> {
  const folder = join(dir, 'reports');
  writeGeneratedCorpus(folder, COUNT, { seed: 3, events: 10 });
  const first = startIngest(target.location, folder);
  const deadline = Date.now() + 120_000;
  while ((await target.committedArticles()) === 0 && Date.now() < deadline) await sleep(25);
  first.child.kill('SIGKILL');
  const killed = await first.exit;
  assert.equal(killed.signal, 'SIGKILL', 'the writer was killed before it finished');
  const partial = await target.checkConsistent();
  assert.ok(partial.articles > 0 && partial.articles < COUNT, `${partial.articles} articles committed before the kill`);

  const second = await startIngest(target.location, folder).exit;
  assert.equal(second.code, 0);
  assert.match(second.stdout, new RegExp(`^${COUNT - partial.articles} new, ${partial.articles} already stored, \\d+ stor`));
  const complete = await target.checkConsistent();
  assert.equal(complete.articles, COUNT);

  const third = await startIngest(target.location, folder).exit;
  assert.equal(third.stdout, `0 new, ${COUNT} already stored, 0 stories touched\n`);
  assert.deepEqual(await target.checkConsistent(), complete);
}

/** The consistency queries both backends' schemas answer: each returns a count `n` that must be 0. */
export const CONSISTENCY_CHECKS: readonly { readonly what: string; readonly sql: string }[] = [
  { what: 'every article is in a stored story', sql: 'SELECT count(*) AS n FROM articles WHERE story_id IS NULL OR story_id NOT IN (SELECT id FROM stories)' },
  { what: 'no article is stored twice', sql: 'SELECT count(*) - count(DISTINCT id) AS n FROM articles' },
  {
    what: 'every story row counts the articles stored in it',
    sql: 'SELECT count(*) AS n FROM stories s WHERE s.articles != (SELECT count(*) FROM articles a WHERE a.story_id = s.id)',
  },
  { what: 'every fact belongs to a stored story', sql: 'SELECT count(*) AS n FROM facts WHERE story_id NOT IN (SELECT id FROM stories)' },
];
