// The whole language layer (nlp + quotes, as `annotateArticle` runs it) over real news text:
// the PolNeAR training articles in ../shared/data. Prints MB of clean text per CPU-second (the
// figure that holds on a shared machine) and per wall-clock second.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cleanArticle, defaultCleanOptions } from '../../src/clean/index.ts';
import { annotateArticle, createPipelineContext } from '../../src/pipeline.ts';
import { resolveOptions } from '../../src/options.ts';
import { contentId } from '../../src/shared/hash.ts';
import type { AnnotatedArticle, CleanArticle, RawArticle } from '../../src/types.ts';

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

/**
 * CPU seconds of the main thread so far (Linux: /proc/self/task/PID/stat), or null elsewhere. The
 * rest of the process's CPU time is V8's helper threads: optimising compilers and the GC.
 */
function mainThreadSeconds(): number | null {
  const stat = `/proc/self/task/${process.pid}/stat`;
  if (!existsSync(stat)) return null;
  const fields = readFileSync(stat, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

interface PassFigures {
  readonly cpuSeconds: number;
  /** Main-thread share of `cpuSeconds`, when the platform tells. */
  readonly mainSeconds: number | null;
  readonly wallSeconds: number;
  readonly entities: number;
  readonly quotes: number;
}

function timePass(articles: readonly CleanArticle[], annotate: (a: CleanArticle) => AnnotatedArticle): PassFigures {
  const mainStart = mainThreadSeconds();
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  let quotes = 0;
  let entities = 0;
  for (const article of articles) {
    const annotated = annotate(article);
    quotes += annotated.quotes.length;
    entities += annotated.entities.length;
  }
  const cpu = process.cpuUsage(cpuStart);
  const mainEnd = mainThreadSeconds();
  const mainSeconds = mainStart === null || mainEnd === null ? null : mainEnd - mainStart;
  return { cpuSeconds: (cpu.user + cpu.system) / 1e6, mainSeconds, wallSeconds: (performance.now() - wallStart) / 1000, entities, quotes };
}

export async function run(): Promise<void> {
  const articles = loadArticles();
  const options = resolveOptions();
  const context = createPipelineContext();
  const annotate = (a: CleanArticle): AnnotatedArticle => annotateArticle(context, a, options);
  for (const article of articles.slice(0, 20)) annotate(article); // loads the model
  const mb = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / 1e6;
  console.log(`articles            ${articles.length} (PolNeAR train, ${mb.toFixed(2)} MB of clean text)`);
  // First pass: a fresh process (JIT still warming up), as a one-shot `newsdesk brief` sees it.
  // Later passes: the steady rate of a long-running ingest or worker. The difference is a one-time
  // cost per process (V8 compiling the hot code), not a cost per MB, so it is printed apart.
  const passes: PassFigures[] = [];
  for (const label of ['first pass (cold)', 'second pass (warm)', 'third pass (warm)']) {
    const pass = timePass(articles, annotate);
    passes.push(pass);
    console.log(
      `${label.padEnd(20)}${(mb / pass.cpuSeconds).toFixed(2)} MB/s per core (${pass.cpuSeconds.toFixed(2)} CPU s), ` +
        `${(mb / pass.wallSeconds).toFixed(2)} MB/s wall; ${pass.entities} entities, ${pass.quotes} quotes`,
    );
    if (pass.mainSeconds !== null) {
      const helpers = Math.max(0, pass.cpuSeconds - pass.mainSeconds);
      console.log(`${''.padEnd(20)}of which main thread ${pass.mainSeconds.toFixed(2)} CPU s, V8 helper threads (optimising compiler, GC) ${helpers.toFixed(2)} CPU s`);
    }
  }
  const [cold, ...warm] = passes;
  if (cold === undefined || warm.length === 0) return;
  const warmCpu = warm.reduce((sum, p) => sum + p.cpuSeconds, 0) / warm.length;
  console.log(
    `language layer      ${(mb / warmCpu).toFixed(2)} MB/s per core steady (mean of the warm passes); ` +
      `a fresh process pays ${Math.max(0, cold.cpuSeconds - warmCpu).toFixed(2)} CPU s once to warm up`,
  );
}
