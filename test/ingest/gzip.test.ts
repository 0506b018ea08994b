import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { gunzipStream, isGzipData, isGzipName, stripGzipName } from '../../src/ingest/gzip.ts';
import { collectStream, memoryStream } from '../../src/ingest/stream.ts';

test('gzip is recognised by its magic bytes and by its name', () => {
  assert.equal(isGzipData(gzipSync('x')), true);
  assert.equal(isGzipData(Buffer.from('plain')), false);
  assert.equal(isGzipName('dump.JSONL.GZ'), true);
  assert.equal(stripGzipName('page.html.gz'), 'page.html');
});

test('inflates whole data, concatenated members included', async () => {
  const data = Buffer.concat([gzipSync('first part, '), gzipSync('second part')]);
  const stream = gunzipStream(memoryStream(data), 1024);
  const collected = await collectStream(stream, 1024);
  assert.equal(collected.kind === 'complete' ? collected.bytes.toString() : '', 'first part, second part');
  assert.equal(stream.problem(), null);
});

test('truncated data ends the stream with a truncated-gzip problem, keeping what came before', async () => {
  const whole = gzipSync(Buffer.from('0123456789'.repeat(10_000)));
  const stream = gunzipStream(memoryStream(whole.subarray(0, whole.length - 20)), 10_000_000);
  const collected = await collectStream(stream, 10_000_000);
  assert.equal(stream.problem()?.rule, 'truncated-gzip');
  assert.ok(collected.kind === 'complete' && collected.bytes.length > 0);
});

test('output past the cap stops with decompressed-too-large', async () => {
  const stream = gunzipStream(memoryStream(gzipSync(Buffer.alloc(200_000))), 50_000);
  await collectStream(stream, 10_000_000);
  assert.equal(stream.problem()?.rule, 'decompressed-too-large');
  await stream.close();
});
