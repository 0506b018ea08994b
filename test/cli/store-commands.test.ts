import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import type { CliIO } from '../../src/cli/io.ts';
import { runIngest } from '../../src/cli/commands/ingest.ts';
import { runStories } from '../../src/cli/commands/stories.ts';
import { runShow } from '../../src/cli/commands/show.ts';
import { UsageError } from '../../src/cli/commands/common.ts';
import type { StoryRow } from '../../src/store/index.ts';
import type { Brief } from '../../src/types.ts';
import { schemaErrors } from '../_support/schema.ts';

const DEMO = 'examples/salmon-accord';

interface Captured {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function capture(command: (io: CliIO) => Promise<number>): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdin: Readable.from([]),
    stdout: { write: (t) => void (stdout += t) },
    stderr: { write: (t) => void (stderr += t) },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
  };
  const code = await command(io);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'newsdesk-cli-store-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'news.db');

const sameEvent = join(dir, 'valley-courier.txt');
writeFileSync(
  sameEvent,
  `date 2026-03-10
Salmon researchers in Norway and Chile welcomed the five-year accord on salmon farming signed in Bergen on Monday.

Fisheries Minister Ingrid Halvorsen and Economy Minister Tomás Ferrada put their names to the agreement, which funds joint projects on sea lice, fish welfare and feed.

Scientists at the Institute of Marine Research said the exchange of researchers between Norway and Chile would start in the autumn.
`,
);
const otherEvent = join(dir, 'lake-herald.txt');
writeFileSync(
  otherEvent,
  `date 2026-04-22
The ferry link across Lake Orsund reopened on Tuesday after a two-month closure for repairs to its landing piers.

Transport director Maren Lidtveit said the ferry would run every forty minutes and that fares would not rise this year.

Commuters from Orsund and Hemvik had faced a detour of more than an hour while the piers were rebuilt.
`,
);

const ingest = (paths: string[], flags: object = {}) => capture((io) => runIngest(paths, { db, quiet: true, ...flags }, io));
const stories = async (): Promise<StoryRow[]> => {
  const result = await capture((io) => runStories({ db, format: 'json' }, io));
  assert.equal(result.code, 0, result.stderr);
  const document = JSON.parse(result.stdout) as { schema: string; stories: StoryRow[] };
  assert.deepEqual(schemaErrors(document), []);
  assert.equal(document.schema, 'newsdesk/stories@1');
  return document.stories;
};
const rowCounts = (): { articles: number; stories: number } => {
  const sqlite = new Database(db, { readonly: true });
  try {
    return sqlite.prepare('SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM stories) AS stories').get() as {
      articles: number;
      stories: number;
    };
  } finally {
    sqlite.close();
  }
};

test('ingest, ingest again, then one article of the same event and one of another', async () => {
  const first = await ingest([DEMO]);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(first.stdout, '5 new, 0 already stored, 1 story touched\n');
  const [salmon] = await stories();
  assert.equal(salmon?.articles, 5);

  const again = await ingest([DEMO]);
  assert.equal(again.stdout, '0 new, 5 already stored, 0 stories touched\n');
  assert.deepEqual(rowCounts(), { articles: 5, stories: 1 });
  assert.deepEqual(await stories(), [salmon]);

  const joined = await ingest([sameEvent], { format: 'json' });
  assert.deepEqual(JSON.parse(joined.stdout), { added: 1, known: 0, stories: [salmon!.id], removed: [] });
  const [grown] = await stories();
  assert.equal(grown?.id, salmon!.id);
  assert.equal(grown?.articles, 6);

  const other = await ingest([otherEvent, DEMO], { format: 'json' });
  const summary = JSON.parse(other.stdout) as { added: number; known: number; stories: string[] };
  assert.equal(summary.added, 1);
  assert.equal(summary.known, 5);
  assert.equal(summary.stories.length, 1);
  assert.notEqual(summary.stories[0], salmon!.id);
  const rows = await stories();
  assert.deepEqual(rows.map((r) => r.articles), [6, 1]);
  assert.equal(rows[0]!.updatedAt, grown!.updatedAt, 'the salmon story was not re-briefed');
  assert.deepEqual(rowCounts(), { articles: 7, stories: 2 });
});

test('show prints one brief in json, md and html; an unknown story exits 1', async () => {
  const [top] = await stories();
  const json = await capture((io) => runShow(top!.id, { db, format: 'json' }, io));
  assert.equal(json.code, 0, json.stderr);
  const brief = JSON.parse(json.stdout) as Brief;
  assert.equal(brief.id, top!.id);
  assert.equal(brief.articles.length, top!.articles);
  assert.deepEqual(schemaErrors({ schema: 'newsdesk/briefs@1', stories: [brief] }), []);
  const md = await capture((io) => runShow(top!.id, { db, format: 'md' }, io));
  assert.ok(md.stdout.startsWith(`## ${brief.headline}\n`), md.stdout.slice(0, 80));
  const html = await capture((io) => runShow(top!.id, { db, format: 'html' }, io));
  assert.match(html.stdout, /^<!doctype html>/i);
  const unknown = await capture((io) => runShow('0000000000000000', { db }, io));
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /no story 0000000000000000/);
  assert.equal(unknown.stdout, '');
});

test('stories in markdown list every story', async () => {
  const md = await capture((io) => runStories({ db, format: 'md' }, io));
  assert.equal(md.code, 0);
  assert.match(md.stdout, /^# Stories \(2\)/);
  assert.equal(md.stdout.split('\n').filter((l) => l.startsWith('| `')).length, 2);
});

test('a missing store exits 1; postgres and a non-store file are refused with 2; wrong formats are usage errors', async () => {
  const missing = await capture((io) => runStories({ db: join(dir, 'none.db') }, io));
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no store at/);
  const pg = await capture((io) => runIngest([DEMO], { db: 'postgres://localhost/news' }, io));
  assert.equal(pg.code, 2);
  assert.match(pg.stderr, /PostgreSQL/);
  const notStore = await capture((io) => runStories({ db: sameEvent }, io));
  assert.equal(notStore.code, 2);
  await assert.rejects(capture((io) => runStories({ db, format: 'html' }, io)), UsageError);
  await assert.rejects(capture((io) => runShow('x', { db, format: 'jsonl' }, io)), UsageError);
  await assert.rejects(capture((io) => runIngest([DEMO], { db, format: 'html' }, io)), UsageError);
});

test('ingest of nothing readable exits 1 and reports the input', async () => {
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const result = await ingest([empty]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /empty\.txt/);
  assert.equal(result.stdout, '0 new, 0 already stored, 0 stories touched\n');
});
