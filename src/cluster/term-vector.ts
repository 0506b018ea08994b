/**
 * IDF-weighted term vectors over interned ids (parallel typed arrays, ids ascending) and the
 * cosines the streaming clusterer scores with: one merge pass per pair, no string keys.
 * `profileCosines` gives the same `Cosines` as `contentSimilarity` does for string vectors.
 */
import type { Cosines } from './similarity.ts';
import type { TermCounts } from './terms.ts';
import { tableOf, type TermTable } from './term-table.ts';
import { idfOf, type Vocabulary } from './vocabulary.ts';

export interface TermVector extends TermTable {
  /** L2 norm of `values`. */
  readonly norm: number;
}

/** Words, entities and years of an article or a story centroid, as interned vectors. */
export interface InternedProfile {
  readonly words: TermVector;
  readonly entities: TermVector;
  readonly years: TermVector;
}

/** A table's values × IDF, with its norm. */
export function weighTable(vocabulary: Vocabulary, table: TermTable): TermVector {
  const values = new Float64Array(table.ids.length);
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const w = table.values[i]! * idfOf(vocabulary, table.ids[i]!);
    values[i] = w;
    sum += w * w;
  }
  return { ids: table.ids, values, norm: Math.sqrt(sum) };
}

/** The IDF-weighted profile of an article's interned term tables. */
export function weighProfile(
  vocabulary: Vocabulary,
  tables: { readonly words: TermTable; readonly entities: TermTable; readonly years: TermTable },
): InternedProfile {
  return {
    words: weighTable(vocabulary, tables.words),
    entities: weighTable(vocabulary, tables.entities),
    years: weighTable(vocabulary, tables.years),
  };
}

/** The interned, IDF-weighted profile of an article's term counts. */
export function profileOf(
  vocabulary: Vocabulary,
  counts: { readonly words: TermCounts; readonly entities: TermCounts; readonly years: TermCounts },
): InternedProfile {
  return {
    words: weighTable(vocabulary, tableOf(vocabulary, counts.words)),
    entities: weighTable(vocabulary, tableOf(vocabulary, counts.entities)),
    years: weighTable(vocabulary, tableOf(vocabulary, counts.years)),
  };
}

/** Cosine of two vectors (merge-join over ascending ids). */
export function vectorCosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) dot += a.values[i++]! * b.values[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}

/** Word, entity and year cosines of two profiles (entities and years null where a side has none). */
export function profileCosines(a: InternedProfile, b: InternedProfile): Cosines {
  return {
    words: vectorCosine(a.words, b.words),
    entities: a.entities.norm > 0 && b.entities.norm > 0 ? vectorCosine(a.entities, b.entities) : null,
    years: a.years.norm > 0 && b.years.norm > 0 ? vectorCosine(a.years, b.years) : null,
  };
}

/**
 * One article's weights spread over a dense array indexed by term id (words, entities and years
 * share the id space), so each candidate centroid is scored by one pass over its own terms,
 * without the branches of a merge: the same products, summed in the same (id) order, as
 * `profileCosines`. Beside it, one bit per id says which entries hold a weight: the bits (an
 * eighth of a byte per term, so they stay in the nearest cache however large the vocabulary)
 * are read for every centroid term, the weights only where a bit is set; the products skipped
 * are zeros, so every sum is the same. `clearProbe` zeroes both again; the probe is reused.
 */
export interface Probe {
  readonly weights: Float64Array;
  readonly bits: Uint32Array;
  /** A sum of what `touchProfiles` read (kept, so that its reads are never dropped as unused). */
  touched: number;
}

/** A probe covering term ids below `size`. */
export function createProbe(size: number): Probe {
  return { weights: new Float64Array(size), bits: new Uint32Array(Math.ceil(size / 32)), touched: 0 };
}

/**
 * Reads the first word and entity of each profile, in loops of independent loads the processor
 * overlaps, before the cosines read them all: scored one after another, each candidate centroid
 * (arrays scattered over a large heap) waited on its own cache misses in turn.
 */
export function touchProfiles(probe: Probe, profiles: readonly InternedProfile[]): void {
  let sum = 0;
  for (const { words } of profiles) if (words.ids.length > 0) sum += words.ids[0]! + words.values[0]!;
  for (const { entities } of profiles) if (entities.ids.length > 0) sum += entities.ids[0]! + entities.values[0]!;
  probe.touched = sum;
}

export function spreadProbe(probe: Probe, profile: InternedProfile): void {
  const { weights, bits } = probe;
  for (const vector of [profile.words, profile.entities, profile.years]) {
    for (let i = 0; i < vector.ids.length; i++) {
      const id = vector.ids[i]!;
      weights[id] = vector.values[i]!;
      bits[id >>> 5] = bits[id >>> 5]! | (1 << (id & 31));
    }
  }
}

export function clearProbe(probe: Probe, profile: InternedProfile): void {
  const { weights, bits } = probe;
  for (const vector of [profile.words, profile.entities, profile.years]) {
    for (let i = 0; i < vector.ids.length; i++) {
      const id = vector.ids[i]!;
      weights[id] = 0;
      bits[id >>> 5] = 0;
    }
  }
}

/** `profileCosines(profile, centroid)` for the profile spread over `probe`. */
export function probeCosines(probe: Probe, profile: InternedProfile, centroid: InternedProfile): Cosines {
  return {
    words: denseCosine(probe, profile.words, centroid.words),
    entities: profile.entities.norm > 0 && centroid.entities.norm > 0 ? denseCosine(probe, profile.entities, centroid.entities) : null,
    years: profile.years.norm > 0 && centroid.years.norm > 0 ? denseCosine(probe, profile.years, centroid.years) : null,
  };
}

function denseCosine(probe: Probe, a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const { weights, bits } = probe;
  const { ids, values } = b;
  let dot = 0;
  for (let j = 0; j < ids.length; j++) {
    const id = ids[j]!;
    if ((bits[id >>> 5]! & (1 << (id & 31))) !== 0) dot += weights[id]! * values[j]!;
  }
  return dot / (a.norm * b.norm);
}

/** Term ids and their weights, in order (an article's lookup query). */
export interface TermList {
  readonly terms: number[];
  readonly weights: number[];
}

/**
 * Appends the `limit` heaviest terms of a vector to `into`, heaviest first;
 * ties go to the term that sorts first, for determinism. A native numeric sort finds the
 * cut-off weight; only the chosen terms are ordered with a comparator.
 */
export function addTopTerms(vocabulary: Vocabulary, vector: TermVector, limit: number, into: TermList): void {
  const { ids, values } = vector;
  const n = Math.min(limit, values.length);
  if (n <= 0) return;
  const cutoff = Float64Array.from(values).sort()[values.length - n]!;
  const chosen: number[] = [];
  const tied: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (values[i]! > cutoff) chosen.push(i);
    else if (values[i] === cutoff) tied.push(i);
  }
  const { terms } = vocabulary;
  const byWeightThenTerm = (x: number, y: number): number => {
    const diff = values[y]! - values[x]!;
    if (diff !== 0) return diff;
    return terms[ids[x]!]! < terms[ids[y]!]! ? -1 : 1;
  };
  if (chosen.length + tied.length > n) tied.sort(byWeightThenTerm);
  for (let k = 0; chosen.length < n; k++) chosen.push(tied[k]!);
  chosen.sort(byWeightThenTerm);
  for (const i of chosen) {
    into.terms.push(ids[i]!);
    into.weights.push(values[i]!);
  }
}

/** Appends every term of a vector to `into` (the caller keeps the terms of `into` distinct). */
export function addAllTerms(vector: TermVector, into: TermList): void {
  for (let i = 0; i < vector.ids.length; i++) {
    into.terms.push(vector.ids[i]!);
    into.weights.push(vector.values[i]!);
  }
}
