/**
 * The stream's vocabulary: every term (word, `@entity`, `#year`) interned once to a small
 * numeric id, with incremental document frequencies kept in a typed array indexed by id. Every
 * article adds its distinct terms once, so IDF reflects the stream seen so far:
 * IDF = ln(1 + N / df) (a term seen nowhere else counts as df 1).
 *
 * A stream's vocabulary would grow without end (names, rare words); `forgetTerms` lets the
 * streaming clusterer drop the terms no live story holds that no recent article used, and reuse
 * their ids, so it stays the size of the window. A forgotten term that comes back starts again
 * at df 0, as if new (it had left the window).
 *
 * The string-keyed vectors (`WeightedVector`, `weigh`, `cosine`, `topTerms`) serve batch code
 * and tests; the streaming hot path uses the interned vectors of `term-vector.ts`.
 */
import type { TermCounts } from './terms.ts';

export interface Vocabulary {
  documents: number;
  /** Terms held (forgotten ids not counted). */
  size: number;
  /** Id → term ('' for a forgotten id not yet reused). */
  readonly terms: string[];
  /** Id → document frequency (grown by doubling; read through `idfOf`). */
  df: Uint32Array;
  /** Id → `documents` when an article last held the term (0: never counted). */
  seen: Uint32Array;
  /** Forgotten ids, the smallest last (taken first). */
  readonly free: number[];
  /** The term index (see `fingerprint`): `slotWidth` int32 per slot, at most half the slots used. */
  slots: Int32Array;
}

/**
 * The term index is open-addressed with linear probing; a slot holds a term's 64-bit
 * fingerprint (two 32-bit halves) and its id + 1 (0: an empty slot). A lookup reads one slot
 * (one cache line) and never the term's string: in a window of 50,000 terms a string-keyed Map
 * lookup cost three dependent cache misses (bucket, entry, stored key). Two distinct terms share a
 * fingerprint with odds of about n² / 2⁶⁵ (1 in 10¹⁰ for 10⁵ terms held at once); they would share an id.
 */
const slotWidth = 3;
const minSlots = 1024;

export function createVocabulary(): Vocabulary {
  return { documents: 0, size: 0, terms: [], df: new Uint32Array(1024), seen: new Uint32Array(1024), free: [], slots: new Int32Array(minSlots * slotWidth) };
}

/** The halves of a term's fingerprint (set by `fingerprint`: two numbers without an allocation). */
let high = 0;
let low = 0;

/** Two independent 32-bit hashes of a term (FNV-1a and a multiplicative hash, each finished by MurmurHash3's mix). */
function fingerprint(term: string): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b + c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  high = mix(a ^ term.length);
  low = mix(b);
}

function mix(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The slot holding the fingerprint in `high`/`low`, or the empty slot where it would go (an offset into `slots`). */
function slotOf(slots: Int32Array): number {
  const mask = slots.length / slotWidth - 1;
  let slot = high & mask;
  for (;;) {
    const at = slot * slotWidth;
    if (slots[at + 2] === 0 || (slots[at] === high && slots[at + 1] === low)) return at;
    slot = (slot + 1) & mask;
  }
}

/** The id of a known term, or -1. */
export function lookupTerm(vocabulary: Vocabulary, term: string): number {
  fingerprint(term);
  return vocabulary.slots[slotOf(vocabulary.slots) + 2]! - 1;
}

/** The id of a term, interning it on first sight. */
export function termId(vocabulary: Vocabulary, term: string): number {
  fingerprint(term);
  const at = slotOf(vocabulary.slots);
  const known = vocabulary.slots[at + 2]!;
  return known !== 0 ? known - 1 : intern(vocabulary, term, at);
}

/** Scratch of `termIds`: the fingerprints of a batch of terms (grown when a batch is larger). */
let batchHighs = new Int32Array(256);
let batchLows = new Int32Array(256);

/**
 * Sets `ids[i]` to the id of `terms[i]` for each of the first `count` terms, interning the new
 * ones in order (the ids are those `termId` would give one term at a time). The fingerprints are
 * computed first and the slots read after, in a loop of independent loads the processor overlaps.
 */
export function termIds(vocabulary: Vocabulary, terms: readonly string[], count: number, ids: Int32Array): void {
  if (batchHighs.length < count) {
    batchHighs = new Int32Array(count * 2);
    batchLows = new Int32Array(count * 2);
  }
  const highs = batchHighs;
  const lows = batchLows;
  for (let i = 0; i < count; i++) {
    fingerprint(terms[i]!);
    highs[i] = high;
    lows[i] = low;
  }
  const { slots } = vocabulary;
  const mask = slots.length / slotWidth - 1;
  for (let i = 0; i < count; i++) {
    const at = (highs[i]! & mask) * slotWidth;
    ids[i] = slots[at] === highs[i] && slots[at + 1] === lows[i] ? slots[at + 2]! - 1 : -1;
  }
  for (let i = 0; i < count; i++) {
    if (ids[i]! >= 0) continue;
    high = highs[i]!;
    low = lows[i]!;
    const at = slotOf(vocabulary.slots);
    const known = vocabulary.slots[at + 2]!;
    ids[i] = known !== 0 ? known - 1 : intern(vocabulary, terms[i]!, at);
  }
}

/** Gives a new term (fingerprint in `high`/`low`, its empty slot at `at`) an id. */
function intern(vocabulary: Vocabulary, term: string, at: number): number {
  const reused = vocabulary.free.pop();
  const id = reused ?? vocabulary.terms.length;
  if (reused === undefined) vocabulary.terms.push(term);
  else vocabulary.terms[id] = term;
  vocabulary.size++;
  const { slots } = vocabulary;
  slots[at] = high;
  slots[at + 1] = low;
  slots[at + 2] = id + 1;
  if (vocabulary.size * 2 > slots.length / slotWidth) rebuildIndex(vocabulary, (slots.length / slotWidth) * 2);
  if (id >= vocabulary.df.length) {
    const df = new Uint32Array(vocabulary.df.length * 2);
    df.set(vocabulary.df);
    vocabulary.df = df;
    const seen = new Uint32Array(df.length);
    seen.set(vocabulary.seen);
    vocabulary.seen = seen;
  }
  return id;
}

/** Re-indexes every held term into `count` slots (grown, or after forgetting), by ascending id. */
function rebuildIndex(vocabulary: Vocabulary, count: number): void {
  const slots = new Int32Array(count * slotWidth);
  const { terms } = vocabulary;
  for (let id = 0; id < terms.length; id++) {
    const term = terms[id]!;
    if (term === '') continue;
    fingerprint(term);
    const at = slotOf(slots);
    slots[at] = high;
    slots[at + 1] = low;
    slots[at + 2] = id + 1;
  }
  vocabulary.slots = slots;
}

/** The terms held, by id (a forgotten id's '' left out). */
export function heldTerms(vocabulary: Vocabulary): string[] {
  return vocabulary.terms.filter((term) => term !== '');
}

/**
 * Forgets every term not marked in `inUse` (indexed by id) that no document counted since
 * `documents` was `before`: its id, df and string go, and the id is reused. Returns how many.
 */
export function forgetTerms(vocabulary: Vocabulary, inUse: Uint8Array, before: number): number {
  const { terms, df, seen, free } = vocabulary;
  let forgotten = 0;
  // Descending, so that the smallest ids are reused first (the id space stays compact).
  for (let id = terms.length - 1; id >= 0; id--) {
    const term = terms[id]!;
    if (term === '' || inUse[id] === 1 || seen[id]! >= before) continue;
    terms[id] = '';
    df[id] = 0;
    seen[id] = 0;
    free.push(id);
    forgotten++;
  }
  if (forgotten > 0) {
    vocabulary.size -= forgotten;
    let count = minSlots;
    while (count < vocabulary.size * 2) count *= 2;
    rebuildIndex(vocabulary, count);
  }
  return forgotten;
}

/** Counts one more document holding each of these (distinct) terms. */
export function addDocument(vocabulary: Vocabulary, terms: Iterable<string>): void {
  const documents = ++vocabulary.documents;
  for (const term of terms) {
    const id = termId(vocabulary, term);
    vocabulary.df[id]!++;
    vocabulary.seen[id] = documents;
  }
}

/** Counts one more document holding each of these interned terms (distinct across the lists). */
export function addDocumentIds(vocabulary: Vocabulary, ...idLists: readonly Uint32Array[]): void {
  const documents = ++vocabulary.documents;
  const { df, seen } = vocabulary;
  for (const ids of idLists) {
    for (let i = 0; i < ids.length; i++) {
      df[ids[i]!]!++;
      seen[ids[i]!] = documents;
    }
  }
}

/** IDF of an interned term. */
export function idfOf(vocabulary: Vocabulary, id: number): number {
  const df = Math.max(1, vocabulary.df[id] ?? 0);
  return Math.log(1 + Math.max(1, vocabulary.documents) / df);
}

export function idf(vocabulary: Vocabulary, term: string): number {
  const id = lookupTerm(vocabulary, term);
  const df = id < 0 ? 1 : Math.max(1, vocabulary.df[id]!);
  return Math.log(1 + Math.max(1, vocabulary.documents) / df);
}

/** Dampened counts × IDF, as a sparse vector keyed by term, with its L2 norm. */
export interface WeightedVector {
  readonly weights: Map<string, number>;
  readonly norm: number;
}

export function weigh(vocabulary: Vocabulary, counts: TermCounts): WeightedVector {
  const weights = new Map<string, number>();
  let sum = 0;
  for (const [term, count] of counts) {
    const w = count * idf(vocabulary, term);
    if (w <= 0) continue;
    weights.set(term, w);
    sum += w * w;
  }
  return { weights, norm: Math.sqrt(sum) };
}

/** Cosine of two weighted vectors (iterates the smaller). */
export function cosine(a: WeightedVector, b: WeightedVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const small = a.weights.size <= b.weights.size ? a : b;
  const large = small === a ? b : a;
  let dot = 0;
  for (const [term, w] of small.weights) {
    const other = large.weights.get(term);
    if (other !== undefined) dot += w * other;
  }
  return dot / (a.norm * b.norm);
}

/** The `limit` heaviest terms of a vector, heaviest first (ties by term, for determinism). */
export function topTerms(vector: WeightedVector, limit: number): string[] {
  return [...vector.weights]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .slice(0, limit)
    .map(([term]) => term);
}
