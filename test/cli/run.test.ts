import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../_support/cli.ts';
import { schemaErrors } from '../_support/schema.ts';

const DEMO = 'examples/salmon-accord';

test('unknown command and unknown format are bad usage (exit 2)', async () => {
  assert.equal((await runCli(['frobnicate'])).code, 2);
  assert.equal((await runCli(['extract', DEMO, '--format', 'pdf'])).code, 2);
  assert.equal((await runCli(['extract', DEMO, '--date', 'yesterday'])).code, 2);
});

test('extract --format json prints articles valid against the contract schema', async () => {
  const result = await runCli(['extract', DEMO, '--format', 'json']);
  assert.equal(result.code, 0, result.stderr);
  const doc = JSON.parse(result.stdout) as { schema: string; articles: { path: string; text: string }[] };
  assert.equal(doc.schema, 'newsdesk/articles@1');
  assert.deepEqual(schemaErrors(doc), []);
  // The demo holds four files and one JSON Lines article.
  assert.equal(doc.articles.length, 5);
  for (const article of doc.articles) assert.ok(article.text.length > 100, article.path);
});

test('extract --format jsonl prints one article per line', async () => {
  const result = await runCli(['extract', DEMO, '--format', 'jsonl']);
  assert.equal(result.code, 0, result.stderr);
  const lines = result.stdout.trim().split('\n');
  assert.equal(lines.length, 5);
  for (const line of lines) assert.ok(typeof (JSON.parse(line) as { id: string }).id === 'string');
});

test('extract --format md renders titles and text', async () => {
  const result = await runCli(['extract', `${DEMO}/coastal-times.html`, '--format', 'md']);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /^## .*sea lice/m);
});

test('extract reads standard input with -', async () => {
  const text = 'date 2026-01-05\nThe city council of Lyon approved a new tram line on Monday after a long debate about its cost and route through the old town.';
  const result = await runCli(['extract', '-', '--format', 'json'], text);
  assert.equal(result.code, 0, result.stderr);
  const doc = JSON.parse(result.stdout) as { articles: { publishedAt: string }[] };
  assert.equal(doc.articles[0]?.publishedAt, '2026-01-05');
});

test('bad inputs are reported with path and reason; the rest goes on; exit 1 when nothing was read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-cli-'));
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const mixed = await runCli(['extract', empty, `${DEMO}/nordic-wire.txt`, '--format', 'json']);
  assert.equal(mixed.code, 0);
  assert.match(mixed.stderr, new RegExp(`${empty.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ingest/empty-input`));
  assert.equal((JSON.parse(mixed.stdout) as { articles: unknown[] }).articles.length, 1);

  const none = await runCli(['extract', empty, join(dir, 'missing.txt'), '--format', 'json']);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /missing\.txt: ingest\/unreadable/);
});

test('--quiet keeps warnings off stderr but not errors', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-cli-'));
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const result = await runCli(['extract', empty, `${DEMO}/nordic-wire.txt`, '--format', 'json', '--quiet']);
  assert.match(result.stderr, /ingest\/empty-input/);
});

test('cluster --format json puts the demo in one story with the wire reprint as a duplicate', async () => {
  const result = await runCli(['cluster', DEMO, '--format', 'json']);
  assert.equal(result.code, 0, result.stderr);
  const doc = JSON.parse(result.stdout) as { schema: string; articles: { story: string; duplicateOf: string | null; path: string }[] };
  assert.deepEqual(schemaErrors(doc), []);
  assert.equal(new Set(doc.articles.map((a) => a.story)).size, 1);
  const duplicates = doc.articles.filter((a) => a.duplicateOf !== null).map((a) => a.path.replace(/^.*\//, ''));
  assert.equal(duplicates.length, 1);
  assert.ok(['fjord-post.txt', 'nordic-wire.txt'].includes(duplicates[0] ?? ''));
});
