// Benchmark section `extract`: HTML main-content extraction (src/clean/html) over the 181 pages of
// the scrapinghub article-extraction benchmark. Pages are read and decompressed before timing.
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { defaultHtmlOptions, extractHtml } from '../../src/clean/html/index.ts';

export const name = 'extract';

const PAGES = new URL('../../../shared/data/scrapinghub-aeb/html/', import.meta.url);

function loadPages(): string[] {
  return readdirSync(PAGES)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => gunzipSync(readFileSync(new URL(f, PAGES))).toString('utf8'));
}

export async function run(): Promise<void> {
  const pages = loadPages();
  const bytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page), 0);
  const options = { ...defaultHtmlOptions, notAfter: '2100-01-01' };
  extractHtml(pages[0] ?? '', null, options); // warm-up
  const times: number[] = [];
  const started = performance.now();
  for (const page of pages) {
    const t = performance.now();
    extractHtml(page, null, options);
    times.push(performance.now() - t);
  }
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const p95 = times[Math.floor(times.length * 0.95)] ?? 0;
  console.log(`pages          ${pages.length} (${(bytes / 1e6).toFixed(1)} MB of HTML)`);
  console.log(`pages/s        ${(pages.length / seconds).toFixed(1)}`);
  console.log(`MB/s           ${(bytes / 1e6 / seconds).toFixed(2)}`);
  console.log(`ms/page        median ${(times[times.length >> 1] ?? 0).toFixed(1)}, p95 ${p95.toFixed(1)}`);
  await Promise.resolve();
}
