// `npm run eval:cluster [-- options]`: B-cubed precision/recall/F1 of story clustering.
//   default: ECB+ (../shared/data/ecbplus/derived/docs.jsonl), gold = subtopic, splits train and dev
//   --gold FILE      a labelled JSONL file instead: lines {id, text, title?, publishedAt?, label}
//   --split NAME     only this ECB+ split (train|dev)
//   --shuffle N      also run N shuffled input orders (seeded) and print the F1 spread (max - min over all orders)
//   --entities MODE  nlp (the nlp stage, the default) | crude (capitalised runs) | none
//   --set key=value  override a ClusterOptions field (repeatable), e.g. --set joinThreshold=0.25
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { clusterArticles, defaultClusterOptions, type ClusterInput, type ClusterOptions } from '../src/cluster/index.ts';
import type { ArticleEntity, CleanArticle, Span } from '../src/types.ts';
import { contentId } from '../src/shared/hash.ts';
import { defaultNlpOptions } from '../src/nlp/options.ts';
import { prng } from '../src/shared/random.ts';

const { values } = parseArgs({
  options: {
    gold: { type: 'string' },
    split: { type: 'string', multiple: true },
    shuffle: { type: 'string', default: '0' },
    entities: { type: 'string', default: 'nlp' },
    set: { type: 'string', multiple: true, default: [] },
  },
});

const ecbPath = new URL('../../shared/data/ecbplus/derived/docs.jsonl', import.meta.url);

interface Doc extends Labelled {
  readonly text: string;
  readonly title: string | null;
  readonly publishedAt: string | null;
  readonly split: string;
}

function readJsonl(path: string | URL): Record<string, unknown>[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}

function loadDocs(): Doc[] {
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  if (values.gold !== undefined) {
    return readJsonl(values.gold).map((r) => ({
      id: String(r.id), text: str(r.text) ?? '', title: str(r.title), publishedAt: str(r.publishedAt), label: String(r.label), split: 'gold',
    }));
  }
  return readJsonl(ecbPath).map((r) => ({
    id: String(r.doc_id), text: str(r.text) ?? '', title: null, publishedAt: null, label: String(r.subtopic), split: String(r.split),
  }));
}

function parseOverrides(pairs: readonly string[]): Partial<ClusterOptions> {
  const out: Record<string, number> = {};
  for (const pair of pairs) {
    const [key, value] = pair.split('=');
    if (key === undefined || !(key in defaultClusterOptions) || value === undefined) throw new Error(`bad --set ${pair}`);
    out[key] = Number(value);
  }
  return out as Partial<ClusterOptions>;
}

async function entityFinder(mode: string): Promise<(doc: Doc) => readonly ArticleEntity[]> {
  if (mode === 'none') return () => [];
  if (mode === 'crude') return (doc) => crudeEntities(doc.text);
  return await nlpEntities();
}

function evaluate(docs: readonly ClusterInput[], gold: ReadonlyMap<string, string>, options: Partial<ClusterOptions>) {
  const before = process.cpuUsage();
  const result = clusterArticles(docs, options);
  const used = process.cpuUsage(before);
  return { ...bcubed(result.storyOf, gold), stories: result.stories.length, cpuSeconds: (used.user + used.system) / 1e6 };
}

/* ---- helpers: B-cubed, seeded shuffle, entity finders ---- */

export interface Labelled {
  readonly id: string;
  readonly label: string;
}

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** B-cubed precision, recall and F1 of predicted clusters against gold labels (items of `gold` only). */
export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): Scores {
  const byPred = new Map<string, string[]>();
  const byGold = new Map<string, string[]>();
  for (const [id, label] of gold) {
    const pred = predicted.get(id) ?? `missing:${id}`;
    byPred.set(pred, [...(byPred.get(pred) ?? []), id]);
    byGold.set(label, [...(byGold.get(label) ?? []), id]);
  }
  let p = 0;
  let r = 0;
  for (const [id, label] of gold) {
    const predCluster = byPred.get(predicted.get(id) ?? `missing:${id}`)!;
    const goldCluster = byGold.get(label)!;
    const both = predCluster.filter((other) => gold.get(other) === label).length;
    p += both / predCluster.length;
    r += both / goldCluster.length;
  }
  const precision = p / gold.size;
  const recall = r / gold.size;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = prng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const notNames = new Set(
  'A An And As At But By For From He Her His How I If In It Its Mr Mrs Ms No Not Of On Or She So That The Their Then There These They This Those To We What When Where Which While Who Why With You'.split(' '),
);

/** Runs of capitalised words (sentence-initial function words dropped): a stand-in for real NER. */
export function crudeEntities(text: string): ArticleEntity[] {
  const found = new Map<string, number>();
  for (const match of text.matchAll(/\b[A-Z][\p{L}'’.-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\p{L}'’.-]*)*/gu)) {
    const words = match[0].split(/\s+/).filter((w, i) => !(i === 0 && notNames.has(w)));
    const name = words.join(' ').replace(/['’]s$/, '');
    if (name.length < 3 || notNames.has(name)) continue;
    found.set(name, (found.get(name) ?? 0) + 1);
  }
  return [...found].map(([name, count]) => ({
    id: name, name, type: 'other', aliases: [], roles: [],
    mentions: Array.from({ length: count }, () => ({ start: 0, end: 0 })),
  }));
}

interface NlpModule {
  createNlp(): unknown;
  analyzeLanguage(nlp: unknown, article: CleanArticle, options?: unknown): { readonly entities?: readonly ArticleEntity[] };
}

export interface EntityDoc {
  readonly id: string;
  readonly text: string;
  readonly title: string | null;
  readonly publishedAt: string | null;
}

/** A CleanArticle of a plain text: one paragraph per line (or blank-line block). */
export function cleanArticleOf(doc: EntityDoc): CleanArticle {
  const paragraphs = doc.text.split(/\n+/).map((p) => p.trim()).filter((p) => p !== '');
  const text = paragraphs.join('\n\n');
  const spans: Span[] = [];
  let start = 0;
  for (const p of paragraphs) {
    spans.push({ start, end: start + p.length });
    start += p.length + 2;
  }
  return {
    kind: 'article', id: contentId(doc.id), path: doc.id, input: 'text', title: doc.title, url: null, source: null,
    publishedAt: doc.publishedAt, language: 'en', diagnostics: [], text, paragraphs: spans, headings: [], removed: [],
    dateline: null, wire: null, words: text.split(/\s+/).filter(Boolean).length,
  };
}

export async function nlpEntities(): Promise<(doc: EntityDoc) => readonly ArticleEntity[]> {
  const specifier = '../src/nlp/index.ts';
  const nlpModule = (await import(specifier)) as NlpModule;
  const nlp = nlpModule.createNlp();
  return (doc) => nlpModule.analyzeLanguage(nlp, cleanArticleOf(doc), defaultNlpOptions).entities ?? [];
}

/* ---- run ---- */

const options = parseOverrides(values.set ?? []);
const docs = loadDocs();
const findEntities = await entityFinder(values.entities ?? 'nlp');
const splits = values.split ?? (values.gold !== undefined ? ['gold'] : ['train', 'dev']);
console.log(`options: ${JSON.stringify({ ...defaultClusterOptions, ...options })} entities: ${values.entities}`);
for (const split of splits) {
  const part = docs.filter((d) => d.split === split);
  const inputs: ClusterInput[] = part.map((d) => ({ ...d, source: null, entities: findEntities(d) }));
  const gold = new Map(part.map((d) => [d.id, d.label]));
  const base = evaluate(inputs, gold, options);
  const goldCount = new Set(gold.values()).size;
  const fmt = (x: number): string => x.toFixed(3);
  console.log(`${split}: ${part.length} docs, ${base.stories} stories (gold ${goldCount}); B3 P ${fmt(base.precision)} R ${fmt(base.recall)} F1 ${fmt(base.f1)} (clustering ${base.cpuSeconds.toFixed(2)} CPU s)`);
  const runs = Number(values.shuffle ?? '0');
  if (runs > 0) {
    const f1s = Array.from({ length: runs }, (_, i) => evaluate(shuffled(inputs, i + 1), gold, options).f1);
    const all = [base.f1, ...f1s];
    console.log(`  shuffled ×${runs}: F1 min ${fmt(Math.min(...all))} max ${fmt(Math.max(...all))} spread ${fmt(Math.max(...all) - Math.min(...all))} mean ${fmt(all.reduce((a, b) => a + b, 0) / all.length)}`);
  }
}
