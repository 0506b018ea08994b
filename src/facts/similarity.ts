/**
 * How much two claim units say the same thing: IDF-weighted overlap of their features (content
 * concepts, story entities, resolved dates, numbers), scaled between cosine and containment so a
 * clause can match the longer sentence that holds the same claim. Features are interned as
 * integers so a comparison is one merge of two sorted arrays.
 */
import type { ClaimUnit } from './model.ts';

/** Weight factor of a main actor's entity feature (near a stop word for alignment). */
const MAIN_ACTOR_WEIGHT = 0.2;

/** Features of a unit: `t:` concepts, `e:` entities, `d:` dates, `n:` numbers. */
export function featuresOf(unit: ClaimUnit): string[] {
  const out = new Set<string>();
  for (const t of unit.keyTerms) out.add(`t:${t}`);
  for (const e of unit.entities) out.add(`e:${e}`);
  for (const d of unit.dates) if (d.value !== null) out.add(`d:${d.value}`);
  for (const n of unit.numbers) out.add(`n:${n.value}`);
  return [...out];
}

/** A unit's features as sorted feature numbers, with their summed weight. */
export interface FeatureVector {
  readonly ids: Int32Array;
  readonly total: number;
}

export interface FeatureSpace {
  readonly vectors: readonly FeatureVector[];
  /** IDF weight per feature number. */
  readonly weights: Float64Array;
  /** Units holding each feature number. */
  readonly frequency: Int32Array;
  /** True for word concepts (`t:`), the features that show a shared claim rather than shared names. */
  readonly isTerm: Uint8Array;
  /** True for entities that are not the story's main actors (a named mill, a city): specific to a claim. */
  readonly isSpecific: Uint8Array;
}

/**
 * Interns the features of the units and weighs them by IDF; entities count a little more than
 * words, except the story's main actors (`damped`: `e:` features named in most of its articles),
 * which nearly every claim shares and which therefore say little about which claim it is.
 */
export function featureSpace(featureLists: readonly (readonly string[])[], damped: ReadonlySet<string> = new Set()): FeatureSpace {
  const numbers = new Map<string, number>();
  const lists = featureLists.map((list) => {
    const ids = list.map((f) => {
      let id = numbers.get(f);
      if (id === undefined) {
        id = numbers.size;
        numbers.set(f, id);
      }
      return id;
    });
    return Int32Array.from(new Set(ids)).sort();
  });
  const frequency = new Int32Array(numbers.size);
  for (const ids of lists) for (const id of ids) frequency[id] = (frequency[id] ?? 0) + 1;
  const weights = new Float64Array(numbers.size);
  const isTerm = new Uint8Array(numbers.size);
  const isSpecific = new Uint8Array(numbers.size);
  const n = lists.length;
  for (const [feature, id] of numbers) {
    const idf = Math.log((n + 1) / ((frequency[id] ?? 0) + 0.5));
    const entityWeight = damped.has(feature) ? idf * MAIN_ACTOR_WEIGHT : idf * 1.3;
    weights[id] = Math.max(0.05, feature.startsWith('e:') ? entityWeight : idf);
    isTerm[id] = feature.startsWith('t:') ? 1 : 0;
    isSpecific[id] = feature.startsWith('e:') && !damped.has(feature) ? 1 : 0;
  }
  const vectors = lists.map((ids) => ({ ids, total: ids.reduce((sum, id) => sum + (weights[id] ?? 0), 0) }));
  return { vectors, weights, frequency, isTerm, isSpecific };
}

export interface Scored {
  readonly score: number;
  /** Shared word concepts (not entities, dates or numbers). */
  readonly sharedTerms: number;
  /** Summed IDF weight of the shared word concepts: how much of a predicate the two share. */
  readonly termWeight: number;
  /** Shared entities other than the story's main actors. */
  readonly sharedSpecific: number;
}

/** A Scored value a hot loop may overwrite (one per analysis, no object per comparison). */
export type ScoreScratch = { -readonly [K in keyof Scored]: Scored[K] };

/** Similarity of two feature vectors in 0..1, written into `out`. */
export function similarityInto(a: FeatureVector, b: FeatureVector, space: FeatureSpace, out: ScoreScratch): ScoreScratch {
  let shared = 0;
  let sharedTerms = 0;
  let termWeight = 0;
  let sharedSpecific = 0;
  let i = 0;
  let j = 0;
  const { weights, isTerm, isSpecific } = space;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] ?? 0;
    const y = b.ids[j] ?? 0;
    if (x < y) i += 1;
    else if (x > y) j += 1;
    else {
      const w = weights[x] ?? 0;
      const term = isTerm[x] ?? 0;
      shared += w;
      sharedTerms += term;
      termWeight += term * w;
      sharedSpecific += isSpecific[x] ?? 0;
      i += 1;
      j += 1;
    }
  }
  out.sharedTerms = sharedTerms;
  out.termWeight = termWeight;
  out.sharedSpecific = sharedSpecific;
  if (shared === 0) {
    out.score = 0;
    return out;
  }
  const small = Math.min(a.total, b.total);
  const cosine = shared / Math.sqrt(a.total * b.total);
  const containment = shared / small;
  out.score = 0.6 * cosine + 0.4 * containment * Math.min(1, small / 12);
  return out;
}

/** Similarity of two feature vectors in 0..1. */
export function similarity(a: FeatureVector, b: FeatureVector, space: FeatureSpace): Scored {
  return similarityInto(a, b, space, { score: 0, sharedTerms: 0, termWeight: 0, sharedSpecific: 0 });
}
