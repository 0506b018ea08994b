import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as ingest from '../../src/ingest/index.ts';
import { readInputContent, readInputs, type IngestIO } from '../../src/ingest/index.ts';
import { defaultIngestOptions } from '../../src/ingest/options.ts';
import type { RawArticle, Rejected } from '../../src/types.ts';

const seeds = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
const noStdin: IngestIO = { stdin: Readable.from([]) };

async function collect(paths: readonly string[], io: IngestIO = noStdin): Promise<(RawArticle | Rejected)[]> {
  const values: (RawArticle | Rejected)[] = [];
  for await (const value of readInputs(paths, defaultIngestOptions, io)) values.push(value);
  return values;
}

function rules(values: readonly (RawArticle | Rejected)[]): string[] {
  return values.map((v) => (v.kind === 'rejected' ? `${v.path} ${v.diagnostics[0]?.rule ?? '?'}` : `${v.path ?? '-'} ${v.input}`));
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ingest-test-'));
}

test('index exports exactly the stage API', () => {
  assert.deepEqual(Object.keys(ingest).sort(), ['defaultIngestOptions', 'readInputContent', 'readInputs']);
});

test('the seeds folder yields 5 text articles in sorted order', async () => {
  const values = await collect([seeds]);
  assert.equal(values.length, 5);
  const articles = values.filter((v): v is RawArticle => v.kind === 'article');
  assert.equal(articles.length, 5);
  assert.ok(articles.every((a) => a.input === 'text' && a.format === 'text' && a.source === null && a.body.length > 500));
  const paths = articles.map((a) => a.path ?? '');
  assert.deepEqual(paths, [...paths].sort());
  assert.ok(paths.every((p) => p.startsWith(seeds)));
});

test('a folder is read recursively, in sorted order, skipping hidden files', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'b-sub', 'deeper'), { recursive: true });
  writeFileSync(join(dir, 'c.txt'), 'Third story body.');
  writeFileSync(join(dir, 'a.html'), '<html><body><p>First.</p></body></html>');
  writeFileSync(join(dir, 'b-sub', 'deeper', 'x.jsonl'), '{"text":"Nested line."}\n');
  writeFileSync(join(dir, '.hidden.txt'), 'never read');
  const values = await collect([dir]);
  assert.deepEqual(rules(values), [`${dir}/a.html html`, `${dir}/b-sub/deeper/x.jsonl#1 jsonl`, `${dir}/c.txt text`]);
  rmSync(dir, { recursive: true });
});

test('standard input is read through the injected stream, its kind sniffed', async () => {
  const stdin = Readable.from([Buffer.from('{"title":"A","text":"From a pipe."}\n'), Buffer.from('{"text":"Second."}\n')]);
  const values = await collect(['-'], { stdin });
  assert.deepEqual(rules(values), ['-#1 jsonl', '-#2 jsonl']);
});

test('plain text from standard input has no path, and gzip is inflated', async () => {
  const stdin = Readable.from([gzipSync(Buffer.from('A short report typed into a pipe.\n'))]);
  const [value] = await collect(['-'], { stdin });
  assert.equal(value?.kind, 'article');
  assert.equal((value as RawArticle).path, null);
  assert.equal((value as RawArticle).body, 'A short report typed into a pipe.\n');
});

test('bad inputs are rejected with their rule and the rest is read', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n ');
  writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(dir, 'good.txt'), 'A readable report.');
  const gz = gzipSync(Buffer.from('{"text":"one"}\n{"text":"two"}\n'.repeat(200)));
  writeFileSync(join(dir, 'cut.jsonl.gz'), gz.subarray(0, gz.length - 12));
  const values = (await collect([dir, join(dir, 'missing.txt')])).filter((v) => v.kind === 'rejected' || v.input !== 'jsonl');
  assert.deepEqual(rules(values), [
    `${dir}/blank.txt empty-input`,
    `${dir}/cut.jsonl.gz truncated-gzip`,
    `${dir}/empty.txt empty-input`,
    `${dir}/good.txt text`,
    `${dir}/image.png binary-input`,
    `${dir}/missing.txt unreadable`,
  ]);
  const binary = values[4] as Rejected;
  assert.match(binary.diagnostics[0]?.message ?? '', /binary content \(NUL bytes\)/);
  assert.equal(binary.diagnostics[0]?.severity, 'error');
  assert.equal(binary.diagnostics[0]?.source, 'ingest');
  rmSync(dir, { recursive: true });
});

test('JSON lines read before a gzip truncation still count', async () => {
  const dir = tempDir();
  const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ title: `Item ${i}`, text: `Body number ${i} ${'x'.repeat(i % 50)}` }));
  const whole = gzipSync(Buffer.from(`${lines.join('\n')}\n`));
  writeFileSync(join(dir, 'dump.jsonl.gz'), whole.subarray(0, Math.floor(whole.length * 0.6)));
  const values = await collect([join(dir, 'dump.jsonl.gz')]);
  const articles = values.filter((v) => v.kind === 'article');
  const last = values[values.length - 1] as Rejected;
  assert.ok(articles.length > 100 && articles.length < 2000, `${articles.length} articles`);
  assert.equal(values.length, articles.length + 1, 'no line other than the cut one is lost or rejected');
  assert.equal(last.kind, 'rejected');
  assert.equal(last.diagnostics[0]?.rule, 'truncated-gzip');
  rmSync(dir, { recursive: true });
});

test('symbolic link loops and empty folders are reported, not followed', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'inner'));
  mkdirSync(join(dir, 'nothing'));
  writeFileSync(join(dir, 'inner', 'a.txt'), 'Some text.');
  symlinkSync('..', join(dir, 'inner', 'up'));
  symlinkSync('self-link', join(dir, 'self-link'));
  const values = await collect([dir, join(dir, 'nothing')]);
  assert.deepEqual(rules(values), [
    `${dir}/inner/a.txt text`,
    `${dir}/inner/up symlink-loop`,
    `${dir}/self-link symlink-loop`,
    `${dir}/nothing empty-folder`,
  ]);
  rmSync(dir, { recursive: true });
});

test('the same article read twice, from anywhere, has the same id', async () => {
  const first = await readInputContent('one/a.txt', 'Identical body.', defaultIngestOptions).next();
  const second = await readInputContent('two/b.txt.gz', gzipSync('Identical body.'), defaultIngestOptions).next();
  assert.equal(first.value?.kind, 'article');
  assert.equal((first.value as RawArticle).id, (second.value as RawArticle).id);
  assert.notEqual((first.value as RawArticle).path, (second.value as RawArticle).path);
});

test('readInputContent takes strings and buffers and never throws', async () => {
  const values: (RawArticle | Rejected)[] = [];
  for await (const v of readInputContent('feed.rss', '<rss><channel><item>', defaultIngestOptions)) values.push(v);
  for await (const v of readInputContent('x.bin', Buffer.from([1, 2, 3, 0, 4]), defaultIngestOptions)) values.push(v);
  assert.deepEqual(rules(values), ['feed.rss malformed-feed', 'x.bin binary-input']);
});
