// `npm run eval:cluster [-- options]`: B-cubed precision/recall/F1 of story clustering.
//   default: ECB+ (../shared/data/ecbplus/derived/docs.jsonl), gold = subtopic, splits train and dev
//   --gold FILE      a labelled JSONL file instead: lines {id, text, title?, publishedAt?, label}
//   --split NAME     only this ECB+ split (train|dev)
//   --shuffle N      also run N shuffled input orders (seeded) and print the F1 spread
//   --entities MODE  crude (capitalised runs, the default) | nlp (the nlp stage) | none
//   --set key=value  override a ClusterOptions field (repeatable), e.g. --set joinThreshold=0.25
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { clusterArticles, defaultClusterOptions, type ClusterInput, type ClusterOptions } from '../src/cluster/index.ts';
import type { ArticleEntity } from '../src/types.ts';
import { bcubed, crudeEntities, shuffled, type Labelled } from './_eval-cluster-lib.ts';

const { values } = parseArgs({
  options: {
    gold: { type: 'string' },
    split: { type: 'string', multiple: true },
    shuffle: { type: 'string', default: '0' },
    entities: { type: 'string', default: 'crude' },
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
  const { nlpEntities } = await import('./_eval-cluster-nlp.ts');
  return await nlpEntities();
}

function evaluate(docs: readonly ClusterInput[], gold: ReadonlyMap<string, string>, options: Partial<ClusterOptions>) {
  const result = clusterArticles(docs, options);
  return { ...bcubed(result.storyOf, gold), stories: result.stories.length };
}

const options = parseOverrides(values.set ?? []);
const docs = loadDocs();
const findEntities = await entityFinder(values.entities ?? 'crude');
const splits = values.split ?? (values.gold !== undefined ? ['gold'] : ['train', 'dev']);
console.log(`options: ${JSON.stringify({ ...defaultClusterOptions, ...options })} entities: ${values.entities}`);
for (const split of splits) {
  const part = docs.filter((d) => d.split === split);
  const inputs: ClusterInput[] = part.map((d) => ({ ...d, source: null, entities: findEntities(d) }));
  const gold = new Map(part.map((d) => [d.id, d.label]));
  const base = evaluate(inputs, gold, options);
  const goldCount = new Set(gold.values()).size;
  const fmt = (x: number): string => x.toFixed(3);
  console.log(`${split}: ${part.length} docs, ${base.stories} stories (gold ${goldCount}); B3 P ${fmt(base.precision)} R ${fmt(base.recall)} F1 ${fmt(base.f1)}`);
  const runs = Number(values.shuffle ?? '0');
  if (runs > 0) {
    const f1s = Array.from({ length: runs }, (_, i) => evaluate(shuffled(inputs, i + 1), gold, options).f1);
    const all = [base.f1, ...f1s];
    console.log(`  shuffled ×${runs}: F1 min ${fmt(Math.min(...all))} max ${fmt(Math.max(...all))} spread ${fmt(Math.max(...all) - Math.min(...all))} mean ${fmt(all.reduce((a, b) => a + b, 0) / all.length)}`);
  }
}
