/**
 * How much two claim units say the same thing: IDF-weighted overlap of their features (content
 * concepts, story entities, resolved dates, numbers), scaled between cosine and containment so a
 * clause can match the longer sentence that holds the same claim. Features are interned as
 * integers so a comparison is one merge of two sorted arrays.
 */
import type { ClaimUnit } from './model.ts';

/** Weight factor of a main actor's entity feature (near a stop word for alignment). */
const MAIN_ACTOR_WEIGHT = 0.2;

/** Kinds of feature: a unit's concepts (`t:`), entities (`e:`), resolved dates (`d:`) and numbers (`n:`). */
const TERM = 0;
const ENTITY = 1;
const DATE = 2;
const NUMBER = 3;

/** A unit's features as sorted feature numbers, with their summed weight. */
export interface FeatureVector {
  readonly ids: Int32Array;
  readonly total: number;
  /** 1 at each position of `ids` that is a word the unit has only inside quotation marks; null when none is. */
  readonly quoted: Uint8Array | null;
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
 * Interns the features of the units, in order (a unit's concepts, entities, dates, numbers), one
 * number per distinct feature in order of first appearance, and weighs them by IDF; entities count
 * a little more than words, except the story's main actors (`damped`: entity ids named in most of
 * its articles), which nearly every claim shares and which therefore say little about which claim
 * it is. A feature is looked up by its kind and value: no `t:…` string is built per unit.
 */
export function featureSpace(units: readonly ClaimUnit[], damped: ReadonlySet<string> = new Set()): FeatureSpace {
  const numbers = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  const kinds: number[] = [];
  const ids: number[] = [];
  const intern = (kind: number, value: string): void => {
    const map = numbers[kind] as Map<string, number>;
    let id = map.get(value);
    if (id === undefined) {
      id = kinds.length;
      map.set(value, id);
      kinds.push(kind);
    }
    ids.push(id);
  };
  const lists = units.map((unit) => {
    ids.length = 0;
    for (const t of unit.keyTerms) intern(TERM, t);
    for (const e of unit.entities) intern(ENTITY, e);
    for (const d of unit.dates) if (d.value !== null) intern(DATE, d.value);
    for (const n of unit.numbers) intern(NUMBER, n.value);
    return sortedDistinct(ids);
  });
  const size = kinds.length;
  const frequency = new Int32Array(size);
  for (const list of lists) for (const id of list) frequency[id] = (frequency[id] ?? 0) + 1;
  const weights = new Float64Array(size);
  const isTerm = new Uint8Array(size);
  const isSpecific = new Uint8Array(size);
  const n = lists.length;
  const mainActor = new Uint8Array(size);
  for (const [entity, id] of numbers[ENTITY] as Map<string, number>) mainActor[id] = damped.has(entity) ? 1 : 0;
  for (let id = 0; id < size; id += 1) {
    const idf = Math.log((n + 1) / ((frequency[id] ?? 0) + 0.5));
    const entity = kinds[id] === ENTITY;
    const entityWeight = mainActor[id] === 1 ? idf * MAIN_ACTOR_WEIGHT : idf * 1.3;
    weights[id] = Math.max(0.05, entity ? entityWeight : idf);
    isTerm[id] = kinds[id] === TERM ? 1 : 0;
    isSpecific[id] = entity && mainActor[id] === 0 ? 1 : 0;
  }
  const termIds = numbers[TERM] as Map<string, number>;
  const vectors = lists.map((list, u) => ({
    ids: list,
    total: list.reduce((sum, id) => sum + (weights[id] ?? 0), 0),
    quoted: quotedPositions(list, (units[u] as ClaimUnit).quotedTerms, termIds),
  }));
  return { vectors, weights, frequency, isTerm, isSpecific };
}

/** Marks where a unit's quoted-only words sit in its sorted feature list (null: it has none). */
function quotedPositions(list: Int32Array, quotedTerms: readonly string[], termIds: ReadonlyMap<string, number>): Uint8Array | null {
  if (quotedTerms.length === 0) return null;
  const marks = new Uint8Array(list.length);
  for (const term of quotedTerms) {
    const at = list.indexOf(termIds.get(term) ?? -1);
    if (at >= 0) marks[at] = 1;
  }
  return marks;
}

/** The distinct numbers of a list, ascending. */
function sortedDistinct(list: readonly number[]): Int32Array {
  const sorted = Int32Array.from(list).sort();
  let size = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const id = sorted[i] as number;
    if (size === 0 || sorted[size - 1] !== id) sorted[size++] = id;
  }
  return size === sorted.length ? sorted : sorted.slice(0, size);
}

export interface Scored {
  readonly score: number;
  /**
   * Shared word concepts (not entities, dates or numbers); words both units have only inside
   * quotation marks count once together: a phrase both quote is one thing shared, not a predicate.
   */
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
  let sharedQuoted = 0;
  let i = 0;
  let j = 0;
  const { weights, isTerm, isSpecific } = space;
  const aQuoted = a.quoted;
  const bQuoted = b.quoted;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] ?? 0;
    const y = b.ids[j] ?? 0;
    if (x < y) i += 1;
    else if (x > y) j += 1;
    else {
      const w = weights[x] ?? 0;
      const term = isTerm[x] ?? 0;
      shared += w;
      if (term === 1 && aQuoted !== null && bQuoted !== null && aQuoted[i] === 1 && bQuoted[j] === 1) sharedQuoted = 1;
      else sharedTerms += term;
      termWeight += term * w;
      sharedSpecific += isSpecific[x] ?? 0;
      i += 1;
      j += 1;
    }
  }
  out.sharedTerms = sharedTerms + sharedQuoted;
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
