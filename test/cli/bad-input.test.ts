import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, openSync, writeSync, closeSync, writeFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../_support/cli.ts';

const GOOD =
  'date 2026-02-03\nThe regional parliament of Tyrol approved a new avalanche warning system on Monday. ' +
  'The system links forty weather stations and sends alerts to phones in the valleys. ' +
  'Officials said it would be tested over the coming winter before it is extended to the neighbouring provinces.';

/** Writes one input of every bad kind, plus one good article, into a fresh folder. */
function badInputs(): { dir: string; files: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bad-'));
  const files: Record<string, string> = {
    empty: join(dir, 'empty.txt'),
    binary: join(dir, 'binary.txt'),
    invalidUtf8: join(dir, 'latin1.txt'),
    truncatedGz: join(dir, 'cut.html.gz'),
    brokenJsonl: join(dir, 'feed.jsonl'),
    noArticle: join(dir, 'nav-only.html'),
    huge: join(dir, 'huge.txt'),
    good: join(dir, 'good.txt'),
  };
  writeFileSync(files.empty!, '');
  writeFileSync(files.binary!, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0xff, 0x00, 0x10]));
  writeFileSync(files.invalidUtf8!, Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0xe9 : 0x61))));
  writeFileSync(files.truncatedGz!, gzipSync(Buffer.from(`<html><body><p>${GOOD.repeat(20)}</p></body></html>`)).subarray(0, 60));
  const line = JSON.stringify({ title: 'Tyrol avalanche warnings', source: 'Alpine Post', text: GOOD.slice(16) });
  writeFileSync(files.brokenJsonl!, `${line}\n{"title": "cut off\nnot json at all\n`);
  writeFileSync(files.noArticle!, '<html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/a">About</a></nav></body></html>');
  const fd = openSync(files.huge!, 'w');
  const chunk = Buffer.from('All work and no play makes a very long file that nobody should read whole. '.repeat(14000));
  for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
  closeSync(fd);
  writeFileSync(files.good!, GOOD);
  return { dir, files };
}

test('every bad input is named on stderr with its reason, the rest is processed (exit 0)', async () => {
  const { dir, files } = badInputs();
  try {
    const rssBefore = process.memoryUsage().rss;
    const result = await runCli(['extract', ...Object.values(files), '--format', 'json']);
    const rssGrowth = process.memoryUsage().rss - rssBefore;
    assert.equal(result.code, 0, result.stderr);
    const expected: [string, RegExp][] = [
      [files.empty!, /ingest\/empty-input/],
      [files.binary!, /ingest\/binary-input/],
      [files.invalidUtf8!, /ingest\/invalid-utf8/],
      [files.truncatedGz!, /ingest\/(truncated|corrupt)-gzip/],
      [`${files.brokenJsonl!}#2`, /ingest\/malformed-json/],
      [files.noArticle!, /clean\/no-article/],
      [files.huge!, /ingest\/too-large/],
    ];
    for (const [path, rule] of expected) {
      const line = result.stderr.split('\n').find((l) => l.startsWith(`${path}: `));
      assert.ok(line, `no stderr line for ${path} in:\n${result.stderr}`);
      assert.match(line, rule);
    }
    const doc = JSON.parse(result.stdout) as { articles: { path: string }[] };
    assert.deepEqual(doc.articles.map((a) => a.path).sort(), [`${files.brokenJsonl!}#1`, files.good!].sort());
    // The 50 MB file is refused by its size, never read whole.
    assert.ok(rssGrowth < 150 * 1024 * 1024, `rss grew by ${Math.round(rssGrowth / 1048576)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('when no input gives an article the exit code is 1', async () => {
  const { dir, files } = badInputs();
  try {
    const onlyBad = Object.entries(files).filter(([k]) => k !== 'good' && k !== 'brokenJsonl').map(([, v]) => v);
    const result = await runCli(['extract', ...onlyBad, '--format', 'json']);
    assert.equal(result.code, 1);
    assert.equal((JSON.parse(result.stdout) as { articles: unknown[] }).articles.length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
