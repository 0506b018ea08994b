// The store commands over PostgreSQL, the store named by NEWSDESK_DB: the same summaries, stories and
// briefs as over a SQLite file.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { CliIO } from '../../../src/cli/io.ts';
import { runIngest } from '../../../src/cli/commands/ingest.ts';
import { runStories } from '../../../src/cli/commands/stories.ts';
import { runShow } from '../../../src/cli/commands/show.ts';
import type { StoryRow } from '../../../src/store/index.ts';
import { schemaErrors } from '../../_support/schema.ts';
import { createSchema, dropDatabases, skipPostgres } from './_database.ts';

const DEMO = 'examples/salmon-accord';
const dir = mkdtempSync(join(tmpdir(), 'newsdesk-pg-commands-'));
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropDatabases();
});

async function capture(env: CliIO['env'], command: (io: CliIO) => Promise<number>): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdin: Readable.from([]),
    stdout: { write: (t) => void (stdout += t) },
    stderr: { write: (t) => void (stderr += t) },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env,
  };
  return { code: await command(io), stdout, stderr };
}

/** Ingests the demo twice, lists the stories and shows each brief, with the store `env` names. */
async function session(env: CliIO['env']): Promise<{ rows: StoryRow[]; briefs: string[] }> {
  const first = await capture(env, (io) => runIngest([DEMO], { quiet: true }, io));
  assert.equal(first.code, 0, first.stderr);
  assert.equal(first.stdout, '5 new, 0 already stored, 1 story touched\n');
  const again = await capture(env, (io) => runIngest([DEMO], { quiet: true }, io));
  assert.equal(again.stdout, '0 new, 5 already stored, 0 stories touched\n');
  const listed = await capture(env, (io) => runStories({ format: 'json' }, io));
  assert.equal(listed.code, 0, listed.stderr);
  const document = JSON.parse(listed.stdout) as { schema: string; stories: StoryRow[] };
  assert.deepEqual(schemaErrors(document), []);
  const briefs = [];
  for (const row of document.stories) {
    const shown = await capture(env, (io) => runShow(row.id, { format: 'json' }, io));
    assert.equal(shown.code, 0, shown.stderr);
    briefs.push(shown.stdout);
  }
  return { rows: document.stories, briefs };
}

const withoutTime = (rows: readonly StoryRow[]) => rows.map(({ updatedAt, ...row }) => row);

describe('store commands over PostgreSQL', { skip: skipPostgres }, () => {
  test('NEWSDESK_DB names the store; ingest, stories and show give what they give over SQLite', async () => {
    const postgres = await session({ NEWSDESK_DB: await createSchema() });
    const sqlite = await session({ NEWSDESK_DB: join(dir, 'news.db') });
    assert.equal(postgres.rows.length, 1);
    assert.equal(postgres.rows[0]!.articles, 5);
    assert.deepEqual(withoutTime(postgres.rows), withoutTime(sqlite.rows));
    assert.deepEqual(postgres.briefs, sqlite.briefs, 'the same brief, byte for byte');
  });

  test('--db wins over NEWSDESK_DB; an unreachable server exits 2 naming it', async () => {
    const env = { NEWSDESK_DB: 'postgres://newsdesk:s3cret@127.0.0.1:1/news' };
    const refused = await capture(env, (io) => runStories({}, io));
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--db postgres:\/\/newsdesk:s3cret@127\.0\.0\.1:1\/news: cannot open the PostgreSQL store postgres:\/\/newsdesk@127\.0\.0\.1:1\/news/);
    const url = await createSchema();
    const chosen = await capture(env, (io) => runIngest([DEMO], { db: url, quiet: true }, io));
    assert.equal(chosen.code, 0, chosen.stderr);
    assert.equal(chosen.stdout, '5 new, 0 already stored, 1 story touched\n');
  });
});
