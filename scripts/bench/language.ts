// The whole language layer (nlp + quotes, as `annotateArticle` runs it) over real news text:
// the PolNeAR training articles in ../shared/data. Prints MB of clean text per CPU-second (the
// figure that holds on a shared machine) and per wall-clock second.
import { readdirSync, readFileSync } from 'node:fs';
import { cleanArticle, defaultCleanOptions } from '../../src/clean/index.ts';
import { annotateArticle, createPipelineContext } from '../../src/pipeline.ts';
import { resolveOptions } from '../../src/options.ts';
import { contentId } from '../../src/shared/hash.ts';
import type { CleanArticle, RawArticle } from '../../src/types.ts';

export const name = 'language';

const TEXTS = new URL('../../../shared/data/polnear/train/text/', import.meta.url);

function loadArticles(): CleanArticle[] {
  const articles: CleanArticle[] = [];
  for (const file of readdirSync(TEXTS).sort()) {
    const body = readFileSync(new URL(file, TEXTS), 'utf8');
    const raw: RawArticle = {
      kind: 'article', id: contentId(body), path: file, input: 'text', format: 'text', body,
      title: null, url: null, source: null, publishedAt: '2016-10-01', language: null, diagnostics: [],
    };
    const clean = cleanArticle(raw, defaultCleanOptions);
    if (clean.kind === 'article') articles.push(clean);
  }
  return articles;
}

export async function run(): Promise<void> {
  const articles = loadArticles();
  const options = resolveOptions();
  const context = createPipelineContext();
  for (const article of articles.slice(0, 20)) annotateArticle(context, article, options); // load the model, warm up
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  let quotes = 0;
  let entities = 0;
  for (const article of articles) {
    const annotated = annotateArticle(context, article, options);
    quotes += annotated.quotes.length;
    entities += annotated.entities.length;
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const wallSeconds = (performance.now() - wallStart) / 1000;
  const mb = bytes / 1e6;
  console.log(`articles            ${articles.length} (PolNeAR train, ${mb.toFixed(2)} MB of clean text)`);
  console.log(`found               ${entities} entities, ${quotes} quotes`);
  console.log(`CPU seconds         ${cpuSeconds.toFixed(2)}  → ${(mb / cpuSeconds).toFixed(2)} MB/s per core (CPU time)`);
  console.log(`wall seconds        ${wallSeconds.toFixed(2)}  → ${(mb / wallSeconds).toFixed(2)} MB/s wall clock`);
}
