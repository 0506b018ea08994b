/**
 * How much two claim units say the same thing: IDF-weighted overlap of their features (content
 * concepts, story entities, resolved dates, numbers), scaled between cosine and containment so a
 * clause can match the longer sentence that holds the same claim.
 */
import type { ClaimUnit } from './model.ts';

/** Features of a unit: `t:` concepts, `e:` entities, `d:` dates, `n:` numbers. */
export function featuresOf(unit: ClaimUnit): string[] {
  const out = new Set<string>();
  for (const t of unit.terms) out.add(`t:${t}`);
  for (const e of unit.entities) out.add(`e:${e}`);
  for (const d of unit.dates) if (d.value !== null) out.add(`d:${d.value}`);
  for (const n of unit.numbers) out.add(`n:${n.value}`);
  return [...out];
}

export interface Weights {
  readonly weight: (feature: string) => number;
  readonly frequency: (feature: string) => number;
}

/** IDF weights over the claim units of one story; entities count a little more than words. */
export function idfWeights(featureLists: readonly (readonly string[])[]): Weights {
  const df = new Map<string, number>();
  for (const list of featureLists) for (const f of list) df.set(f, (df.get(f) ?? 0) + 1);
  const n = featureLists.length;
  const weight = (feature: string): number => {
    const idf = Math.log((n + 1) / ((df.get(feature) ?? 0) + 0.5));
    return Math.max(0.05, feature.startsWith('e:') ? idf * 1.3 : idf);
  };
  return { weight, frequency: (feature) => df.get(feature) ?? 0 };
}

export interface Scored {
  readonly score: number;
  /** Shared word concepts (not entities, dates or numbers). */
  readonly sharedTerms: number;
}

/** Similarity of two feature sets in 0..1. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>, weights: Weights): Scored {
  let shared = 0;
  let sharedTerms = 0;
  let wa = 0;
  let wb = 0;
  for (const f of a) wa += weights.weight(f);
  for (const f of b) {
    const w = weights.weight(f);
    wb += w;
    if (!a.has(f)) continue;
    shared += w;
    if (f.startsWith('t:')) sharedTerms += 1;
  }
  if (shared === 0) return { score: 0, sharedTerms };
  const cosine = shared / Math.sqrt(wa * wb);
  const containment = shared / Math.min(wa, wb);
  return { score: 0.6 * cosine + 0.4 * containment * Math.min(1, Math.min(wa, wb) / 12), sharedTerms };
}
