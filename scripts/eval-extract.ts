// `npm run eval:extract [-- --split dev|test] [--verbose] [--no-headings] [--density] [--set aeb|readability]`
// Scores HTML main-content extraction (src/clean/html, and the whole clean stage after it) on the scrapinghub article-extraction
// benchmark and on Mozilla Readability's test pages, with the benchmark's shingle metric, and
// prints the reference extractors' scores on the same pages as anchors.
// `--split dev` keeps pages whose id hashes to an even bucket, `--split test` the odd ones, so
// rules can be tuned on one half and checked on the other. `--density` also scores the density
// fallback extractor alone (what the pages would get if Readability found nothing).
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { extractHtml, defaultHtmlOptions, type HtmlExtraction } from '../src/clean/html/index.ts';
import { parseDocument } from '../src/clean/html/_dom.ts';
import { cleanContent } from '../src/clean/html/content.ts';
import { densityBlocks } from '../src/clean/html/fallback.ts';
import { scoreCorpus, scorePage, pagePrecision, pageRecall, type PageScore } from '../src/clean/html/score.ts';
import { cleanArticle, createOutletMemory, defaultCleanOptions } from '../src/clean/index.ts';
import type { CleanArticle, RawArticle } from '../src/types.ts';

const DATA = new URL('../../shared/data/', import.meta.url);
const AEB = new URL('scrapinghub-aeb/', DATA);
const TESTPAGES = new URL('readability-testpages/', DATA);
const ANCHORS = ['readability_js', 'trafilatura', 'newspaper', 'news_please', 'AutoExtract'];

interface Page {
  readonly id: string;
  readonly url: string | null;
  readonly html: () => string;
  readonly gold: string;
}

interface Flags {
  readonly split: 'dev' | 'test' | 'all';
  readonly verbose: boolean;
  readonly headings: boolean;
  readonly density: boolean;
  readonly sets: readonly string[];
}

function parseFlags(argv: readonly string[]): Flags {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const split = value('--split') ?? 'all';
  if (split !== 'dev' && split !== 'test' && split !== 'all') throw new Error(`bad --split ${split}`);
  const set = value('--set');
  return {
    split,
    verbose: argv.includes('--verbose'),
    headings: !argv.includes('--no-headings'),
    density: argv.includes('--density'),
    sets: set === undefined ? ['aeb', 'readability'] : [set],
  };
}

function inSplit(id: string, split: Flags['split']): boolean {
  if (split === 'all') return true;
  const bucket = createHash('sha256').update(id).digest()[0]! % 2;
  return split === 'dev' ? bucket === 0 : bucket === 1;
}

const gunzip = (url: URL): string => gunzipSync(readFileSync(url)).toString('utf8');

function loadAeb(): Page[] {
  const truth = JSON.parse(readFileSync(new URL('ground-truth.json', AEB), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.entries(truth).map(([id, g]) => ({
    id,
    url: g.url,
    html: () => gunzip(new URL(`html/${id}.html.gz`, AEB)),
    gold: g.articleBody,
  }));
}

function loadTestPages(): Page[] {
  return readdirSync(new URL('input/', TESTPAGES))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.replace(/\.html\.gz$/, ''))
    .map((id) => ({
      id,
      url: null,
      html: () => gunzip(new URL(`input/${id}.html.gz`, TESTPAGES)),
      gold: readFileSync(new URL(`gold/${id}.txt`, TESTPAGES), 'utf8'),
    }));
}

/** The text the evaluation scores: block texts joined by newlines. */
export function extractedText(result: HtmlExtraction, headings: boolean): string {
  return result.blocks
    .filter((b) => headings || b.type !== 'heading')
    .map((b) => b.text)
    .join('\n');
}

/** The whole clean stage (extraction plus the text-level cleaners), as `newsdesk` runs it. */
function cleanStageText(page: Page, headings: boolean): string {
  const raw: RawArticle = {
    kind: 'article', id: page.id, path: page.id, input: 'html', format: 'html', body: page.html(),
    title: null, url: page.url, source: null, publishedAt: null, language: null, diagnostics: [],
  };
  const clean = cleanArticle(raw, defaultCleanOptions, createOutletMemory());
  return clean.kind === 'rejected' ? '' : orderedText(clean, headings);
}

/** Paragraphs with each heading put back before the paragraph it stands before. */
function orderedText(article: CleanArticle, headings: boolean): string {
  const lines: string[] = [];
  article.paragraphs.forEach((span, i) => {
    if (headings) for (const h of article.headings) if (h.before === i) lines.push(h.text);
    lines.push(article.text.slice(span.start, span.end));
  });
  if (headings) for (const h of article.headings) if (h.before >= article.paragraphs.length) lines.push(h.text);
  return lines.join('\n');
}

/** The text the density fallback alone extracts (no Readability). */
function densityText(html: string): string {
  const raw = densityBlocks(parseDocument(html), defaultHtmlOptions.minEdgeBlockWords);
  return cleanContent(raw, null, defaultHtmlOptions).blocks.map((b) => b.text).join('\n');
}

function loadAnchor(name: string): Record<string, { articleBody?: string }> {
  const raw = JSON.parse(readFileSync(new URL(`output/${name}.json`, AEB), 'utf8')) as Record<string, unknown>;
  const output = 'output' in raw && typeof raw['output'] === 'object' ? raw['output'] : raw;
  return output as Record<string, { articleBody?: string }>;
}

const fmt = (n: number): string => n.toFixed(3);

function printScore(label: string, scores: readonly PageScore[]): void {
  const s = scoreCorpus(scores);
  console.log(`${label.padEnd(16)} P ${fmt(s.precision)}  R ${fmt(s.recall)}  F1 ${fmt(s.f1)}  (${s.pages} pages)`);
}

function printWorst(pages: readonly Page[], scores: readonly PageScore[], count: number): void {
  const rows = scores.map((s, i) => ({ id: pages[i]!.id, p: pagePrecision(s) ?? 1, r: pageRecall(s) ?? 1 }));
  rows.sort((a, b) => Math.min(a.p, a.r) - Math.min(b.p, b.r));
  for (const row of rows.slice(0, count)) console.log(`  ${row.id.slice(0, 16)}  P ${fmt(row.p)}  R ${fmt(row.r)}`);
}

function evaluateSet(name: string, pages: readonly Page[], flags: Flags): void {
  const started = performance.now();
  const scores = pages.map((page) => {
    const result = extractHtml(page.html(), page.url, defaultHtmlOptions);
    return scorePage(page.gold, extractedText(result, flags.headings));
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n# ${name} (split ${flags.split}, headings ${flags.headings ? 'kept' : 'dropped'}, ${seconds.toFixed(1)} s)`);
  printScore('extractHtml', scores);
  printScore('clean stage', pages.map((page) => scorePage(page.gold, cleanStageText(page, flags.headings))));
  if (flags.density) printScore('density-only', pages.map((page) => scorePage(page.gold, densityText(page.html()))));
  if (name === 'scrapinghub-aeb') {
    for (const anchor of ANCHORS) {
      const output = loadAnchor(anchor);
      printScore(anchor, pages.map((p) => scorePage(p.gold, output[p.id]?.articleBody ?? '')));
    }
  }
  if (flags.verbose) printWorst(pages, scores, 15);
}

function main(): void {
  const flags = parseFlags(process.argv.slice(2));
  if (flags.sets.includes('aeb')) {
    evaluateSet('scrapinghub-aeb', loadAeb().filter((p) => inSplit(p.id, flags.split)), flags);
  }
  if (flags.sets.includes('readability')) {
    evaluateSet('readability-testpages', loadTestPages().filter((p) => inSplit(p.id, flags.split)), flags);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
