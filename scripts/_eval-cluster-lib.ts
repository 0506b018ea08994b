// Helpers of scripts/eval-cluster.ts: B-cubed scores, a seeded shuffle, a crude entity finder.
import type { ArticleEntity } from '../src/types.ts';

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

/** Mulberry32: a small seeded PRNG. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
