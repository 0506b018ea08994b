import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readSource } from '../../src/ingest/read-source.ts';
import { fileSource, memorySource } from '../../src/ingest/source.ts';
import { defaultIngestOptions, type IngestOptions } from '../../src/ingest/options.ts';
import type { RawArticle, Rejected } from '../../src/types.ts';

const fiftyMegabytes = 50 * 1024 * 1024;
let dir = '';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-large-'));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes about `bytes` bytes of lines made by `line(i)`, in 1 MB batches (never the whole file in memory). */
async function writeLines(path: string, bytes: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(path);
  let written = 0;
  let batch: string[] = [];
  let batchBytes = 0;
  for (let i = 0; written < bytes; i += 1) {
    const text = `${line(i)}\n`;
    batch.push(text);
    batchBytes += Buffer.byteLength(text);
    written += Buffer.byteLength(text);
    if (batchBytes < 1024 * 1024 && written < bytes) continue;
    if (!out.write(batch.join(''))) await once(out, 'drain');
    batch = [];
    batchBytes = 0;
  }
  out.end();
  await once(out, 'finish');
}

async function firstRule(values: AsyncIterable<RawArticle | Rejected>): Promise<string> {
  for await (const value of values) return value.kind === 'rejected' ? (value.diagnostics[0]?.rule ?? '?') : value.input;
  return 'nothing';
}

function options(change: Partial<IngestOptions>): IngestOptions {
  return { ...defaultIngestOptions, ...change };
}

test('a 50 MB text file is rejected as too large without being read', async () => {
  const path = join(dir, 'huge.txt');
  await writeLines(path, fiftyMegabytes, (i) => `Line ${i} of a report that goes on and on without end.`);
  const rssBefore = process.memoryUsage().rss;
  const values: Rejected[] = [];
  for await (const v of readSource(fileSource({ path, size: fiftyMegabytes }), defaultIngestOptions)) values.push(v as Rejected);
  assert.equal(values.length, 1);
  assert.equal(values[0]?.diagnostics[0]?.rule, 'too-large');
  assert.match(values[0]?.diagnostics[0]?.message ?? '', /too large \(50\.0 MB/);
  assert.ok(process.memoryUsage().rss - rssBefore < 20 * 1024 * 1024);
});

test('a large file of unknown kind is sniffed from its head only, then rejected as too large', async () => {
  const path = join(dir, 'huge.data');
  await writeLines(path, 12 * 1024 * 1024, (i) => `Plain line ${i}.`);
  assert.equal(await firstRule(readSource(fileSource({ path, size: 12 * 1024 * 1024 }), defaultIngestOptions)), 'too-large');
});

test('a 50 MB JSON Lines file streams with bounded memory', async () => {
  const path = join(dir, 'huge.jsonl');
  const filler = 'word '.repeat(80);
  await writeLines(path, fiftyMegabytes, (i) => JSON.stringify({ title: `Story ${i}`, url: `https://news.example/${i}`, text: `${filler}${i}` }));
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let articles = 0;
  let peak = rssBefore;
  for await (const v of readSource(fileSource({ path, size: fiftyMegabytes }), defaultIngestOptions)) {
    if (v.kind === 'article') articles += 1;
    if (articles % 5000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  assert.ok(articles > 100_000, `${articles} articles`);
  assert.ok(peak - rssBefore < 200 * 1024 * 1024, `rss grew by ${Math.round((peak - rssBefore) / 1e6)} MB`);
});

test('a JSON line over maxLineBytes is rejected on its own and the next lines are read', async () => {
  const long = JSON.stringify({ text: 'y'.repeat(5000) });
  const content = `{"text":"before"}\n${long}\n{"text":"after"}\n`;
  const values: (RawArticle | Rejected)[] = [];
  for await (const v of readSource(memorySource('x.jsonl', content), options({ maxLineBytes: 1000 }))) values.push(v);
  assert.deepEqual(values.map((v) => (v.kind === 'rejected' ? v.diagnostics[0]?.rule : v.body)), ['before', 'line-too-large', 'after']);
  assert.equal(values[1]?.path, 'x.jsonl#2');
});

test('a gzip bomb stops at the decompressed-size cap', async () => {
  const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024, 'a'));
  const rule = await firstRule(readSource(memorySource('bomb.txt.gz', bomb), options({ maxDecompressedBytes: 1024 * 1024 })));
  assert.equal(rule, 'decompressed-too-large');
});

test('a compressed document over maxDocumentBytes is rejected while inflating', async () => {
  const big = gzipSync(Buffer.alloc(3 * 1024 * 1024, 'b'));
  assert.equal(await firstRule(readSource(memorySource('page.html.gz', big), options({ maxDocumentBytes: 1024 * 1024 }))), 'too-large');
});

test('corrupt gzip data is rejected as corrupt', async () => {
  const gz = gzipSync(Buffer.from('Some text that will be damaged in the middle of the stream.'.repeat(50)));
  const damaged = Buffer.from(gz);
  damaged.fill(0xff, 12, 40);
  assert.equal(await firstRule(readSource(memorySource('x.txt.gz', damaged), defaultIngestOptions)), 'corrupt-gzip');
});

test('a .gz name on uncompressed data is read as it is, with a warning', async () => {
  const values: (RawArticle | Rejected)[] = [];
  for await (const v of readSource(memorySource('note.txt.gz', 'Not compressed at all.'), defaultIngestOptions)) values.push(v);
  assert.equal(values[0]?.kind, 'article');
  assert.equal(values[0]?.diagnostics[0]?.rule, 'not-gzip');
  assert.equal(values[0]?.diagnostics[0]?.severity, 'warning');
});

test('mostly control characters count as binary; a file with an unknown extension that is text is read', async () => {
  const controls = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
  assert.equal(await firstRule(readSource(memorySource('x.log', controls), defaultIngestOptions)), 'binary-input');
  assert.equal(await firstRule(readSource(memorySource('notes.log', 'A text file with an odd extension.'), defaultIngestOptions)), 'text');
});

test('an unreadable file is rejected, not thrown', async () => {
  const path = join(dir, 'gone.txt');
  writeFileSync(path, 'x');
  rmSync(path);
  assert.equal(await firstRule(readSource(fileSource({ path, size: 1 }), defaultIngestOptions)), 'unreadable');
});
