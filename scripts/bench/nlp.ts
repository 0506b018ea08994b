// `npm run bench nlp`: throughput of the language layer (sentences, entities, dates) in MB/s on one
// core, over a corpus of a few MB made by shuffling the sentences of the shared seed reports.
import { readFileSync, readdirSync } from 'node:fs';
import { analyzeLanguage, createNlp } from '../../src/nlp/index.ts';
import type { CleanArticle, Span } from '../../src/types.ts';

export const name = 'nlp';

const seedDir = new URL('../../../shared/corpus/seeds/', import.meta.url);

function seedParagraphs(): string[] {
  return readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(new URL(f, seedDir), 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '').split(/\n+/))
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Articles of about 4 KB, each a deterministic mix of seed paragraphs, up to `totalBytes`. */
function corpus(totalBytes: number): CleanArticle[] {
  const paragraphs = seedParagraphs();
  const articles: CleanArticle[] = [];
  let size = 0;
  for (let n = 0; size < totalBytes; n += 1) {
    const spans: Span[] = [];
    let text = '';
    for (let k = 0; text.length < 4000; k += 1) {
      const p = paragraphs[(n * 7 + k * 13) % paragraphs.length] ?? '';
      if (text) text += '\n\n';
      spans.push({ start: text.length, end: text.length + p.length });
      text += p;
    }
    size += Buffer.byteLength(text);
    articles.push({
      kind: 'article', id: `bench-${n}`, path: null, input: 'text', title: null, url: null, source: null,
      publishedAt: '2025-09-02', language: 'en', diagnostics: [], text, paragraphs: spans, headings: [],
      removed: [], dateline: null, wire: null, words: 0,
    });
  }
  return articles;
}

export async function run(): Promise<void> {
  const nlp = createNlp();
  const loadStart = performance.now();
  nlp.wink();
  nlp.gazetteer();
  const loadMs = performance.now() - loadStart;
  const articles = corpus(Number(process.env['NLP_BENCH_BYTES'] ?? 3_000_000));
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  analyzeLanguage(nlp, articles[0] as CleanArticle, { referenceDate: null });
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let entities = 0;
  for (const article of articles) entities += analyzeLanguage(nlp, article, { referenceDate: null }).entities.length;
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`model + gazetteer load: ${loadMs.toFixed(0)} ms`);
  console.log(`${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${entities} entities in ${seconds.toFixed(2)} s`);
  const winkCpu = process.cpuUsage();
  const wink = nlp.wink();
  for (const article of articles) wink.readDoc(article.text).tokens().out(wink.its.value);
  const winkUsage = process.cpuUsage(winkCpu);
  const winkSeconds = (winkUsage.user + winkUsage.system) / 1e6;
  console.log(`language layer: ${(bytes / 1e6 / seconds).toFixed(2)} MB/s wall clock`);
  console.log(`wink-nlp readDoc alone (the floor): ${(bytes / 1e6 / winkSeconds).toFixed(2)} MB/s per CPU-second`);
  console.log(`language layer: ${(bytes / 1e6 / cpuSeconds).toFixed(2)} MB/s per CPU-second (one core; wall clock suffers when the machine is shared)`);
}
