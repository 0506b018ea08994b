// Ingest alone: reads a generated temp corpus (2,000 text files, a 20 MB JSON Lines file and its
// gzip copy) and prints articles/s and MB/s for each.
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { readInputs } from '../../src/ingest/index.ts';
import { defaultIngestOptions } from '../../src/ingest/options.ts';

export const name = 'ingest';

const words = ['council', 'harbour', 'minister', 'vote', 'bridge', 'report', 'said', 'on', 'the', 'of', 'a', 'new', 'plan', 'budget', 'city'];

function sentence(seed: number, length: number): string {
  const out: string[] = [];
  for (let i = 0; i < length; i += 1) out.push(words[(seed * 31 + i * 7) % words.length] ?? 'word');
  return `${out.join(' ')}.`;
}

function writeTextFiles(dir: string, count: number): number {
  let bytes = 0;
  for (let i = 0; i < count; i += 1) {
    const sub = join(dir, `d${i % 20}`);
    mkdirSync(sub, { recursive: true });
    const text = Array.from({ length: 8 }, (_, p) => sentence(i + p, 60)).join('\n\n');
    writeFileSync(join(sub, `story-${i}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

async function writeJsonLines(path: string, bytes: number): Promise<void> {
  const out = createWriteStream(path);
  let written = 0;
  for (let i = 0; written < bytes; i += 1) {
    const line = `${JSON.stringify({ url: `https://news.example/${i}`, title: sentence(i, 8), date: '2031-05-06', text: sentence(i, 120) })}\n`;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function measure(label: string, paths: readonly string[], bytes: number): Promise<void> {
  const start = process.hrtime.bigint();
  let articles = 0;
  let rejected = 0;
  for await (const value of readInputs(paths, defaultIngestOptions, { stdin: Readable.from([]) })) {
    if (value.kind === 'article') articles += 1;
    else rejected += 1;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const mb = bytes / (1024 * 1024);
  console.log(
    `${label.padEnd(28)} ${String(articles).padStart(7)} articles ${rejected > 0 ? `(${rejected} rejected) ` : ''}in ${seconds.toFixed(2)} s: ` +
      `${Math.round(articles / seconds)} articles/s, ${(mb / seconds).toFixed(1)} MB/s (${mb.toFixed(1)} MB read)`,
  );
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
  try {
    const textBytes = writeTextFiles(join(dir, 'texts'), 2000);
    const jsonl = join(dir, 'dump.jsonl');
    await writeJsonLines(jsonl, 20 * 1024 * 1024);
    await pipeline(createReadStream(jsonl), createGzip(), createWriteStream(`${jsonl}.gz`));
    const jsonlBytes = statSync(jsonl).size;
    await measure('2,000 text files (folder)', [join(dir, 'texts')], textBytes);
    await measure('20 MB JSON Lines', [jsonl], jsonlBytes);
    await measure('20 MB JSON Lines, gzip', [`${jsonl}.gz`], jsonlBytes);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
