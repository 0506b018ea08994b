// `npm run bench nlp`: throughput of the language layer (sentences, entities, dates) in MB/s per
// CPU-second, cold and warm, over a corpus of a few MB made by shuffling the paragraphs of the
// shared seed reports.
import { readFileSync, readdirSync } from 'node:fs';
import { analyzeLanguage, createNlp, linkStoryEntities, type ArticleEntities, type Nlp } from '../../src/nlp/index.ts';
import type { ArticleEntity } from '../../src/types.ts';
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

interface Pass {
  readonly cpuSeconds: number;
  readonly wallSeconds: number;
  readonly entities: number;
}

function timePass(nlp: Nlp, articles: readonly CleanArticle[]): Pass {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  let entities = 0;
  for (const article of articles) entities += analyzeLanguage(nlp, article, { referenceDate: null }).entities.length;
  const cpu = process.cpuUsage(cpuStart);
  return { cpuSeconds: (cpu.user + cpu.system) / 1e6, wallSeconds: (performance.now() - wallStart) / 1000, entities };
}

function winkFloor(nlp: Nlp, articles: readonly CleanArticle[]): number {
  const cpuStart = process.cpuUsage();
  const wink = nlp.wink();
  for (const article of articles) wink.readDoc(article.text).tokens().out(wink.its.value);
  const cpu = process.cpuUsage(cpuStart);
  return (cpu.user + cpu.system) / 1e6;
}

/** Invented article entities: people (full name, lone surname, role-named), places and organisations. */
function syntheticEntities(articles: number): ArticleEntities[] {
  const entity = (name: string, type: ArticleEntity['type'], roles: string[] = []): ArticleEntity =>
    ({ id: `${type}:${name}`, name, type, aliases: [], roles, mentions: [{ start: 0, end: name.length }] });
  return Array.from({ length: articles }, (_, a) => ({
    article: `a${a}`,
    entities: Array.from({ length: 20 }, (_, k) => {
      const n = (a * 7 + k * 13) % 5000;
      if (k % 4 === 0) return entity(`Given${n} Family${n}`, 'person', ['Minister', `Country${n % 50} Minister`]);
      if (k % 4 === 1) return entity(`Family${n}`, 'other');
      if (k % 4 === 2) return entity(`Country${n % 50} Minister`, 'person', [`Country${n % 50} Minister`]);
      return entity(`Place${n}`, k % 8 === 3 ? 'place' : 'organization');
    }),
  }));
}

/** CPU milliseconds of story linking over `articles` invented articles of 20 entities each. */
function linkingMs(articles: number): number {
  const input = syntheticEntities(articles);
  const cpuStart = process.cpuUsage();
  linkStoryEntities(input);
  const cpu = process.cpuUsage(cpuStart);
  return (cpu.user + cpu.system) / 1000;
}

const rate = (megabytes: number, seconds: number): string => (megabytes / seconds).toFixed(2);

/**
 * Two passes over the same corpus: the first (cold) pays the JIT warm-up of wink-nlp, chrono and
 * the rules; the second (warm) is the steady throughput of a long-running process. CPU time
 * (process.cpuUsage, all threads: GC and compilers included) is the figure to quote; wall clock
 * suffers when the machine is shared.
 */
export async function run(): Promise<void> {
  const nlp = createNlp();
  const loadStart = performance.now();
  nlp.wink();
  nlp.gazetteer();
  const loadMs = performance.now() - loadStart;
  const articles = corpus(Number(process.env['NLP_BENCH_BYTES'] ?? 3_000_000));
  const megabytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
  analyzeLanguage(nlp, articles[0] as CleanArticle, { referenceDate: null });
  const cold = timePass(nlp, articles);
  const warm = timePass(nlp, articles);
  const floor = winkFloor(nlp, articles);
  console.log(`model + gazetteer load: ${loadMs.toFixed(0)} ms`);
  console.log(`${articles.length} articles, ${megabytes.toFixed(2)} MB, ${warm.entities} entities`);
  console.log(`cold pass: ${rate(megabytes, cold.cpuSeconds)} MB/s per CPU-second, ${rate(megabytes, cold.wallSeconds)} MB/s wall clock`);
  console.log(`warm pass: ${rate(megabytes, warm.cpuSeconds)} MB/s per CPU-second, ${rate(megabytes, warm.wallSeconds)} MB/s wall clock`);
  console.log(`wink-nlp readDoc alone (the floor): ${rate(megabytes, floor)} MB/s per CPU-second`);
  console.log(`language layer: ${rate(megabytes, warm.cpuSeconds)} MB/s per CPU-second (warm, one core)`);
  linkingMs(500);
  const [small, large] = [linkingMs(1_000), linkingMs(4_000)];
  console.log(`story linking: 20k article entities ${small.toFixed(0)} ms, 80k ${large.toFixed(0)} ms (CPU; near-linear when about 4x)`);
}
