/**
 * Sparse term tables as parallel typed arrays, ids ascending: an article's dampened term counts
 * and a story's summed counts. Sorted ids let two tables be added, and two vectors multiplied,
 * in one merge pass, with no per-term objects or string keys.
 */
import type { TermCounts } from './terms.ts';
import { idfOf, termIds, type Vocabulary } from './vocabulary.ts';

export interface TermTable {
  /** Term ids, strictly ascending. */
  readonly ids: Uint32Array;
  /** The value of each id (a count, or a weight). */
  readonly values: Float64Array;
}

export const emptyTable: TermTable = { ids: new Uint32Array(0), values: new Float64Array(0) };

/** Most distinct terms one table may be built from (ids and positions are packed in one double). */
const maxPositions = 65_536;

/** Scratch of `tableOf`: one table's terms and their ids, interned in one batch (see `termIds`). */
const batchTerms: string[] = [];
let batchIds = new Int32Array(1024);

/** Interns a term → count map into a table sorted by id (zero and negative counts dropped). */
export function tableOf(vocabulary: Vocabulary, counts: TermCounts): TermTable {
  if (counts.size >= maxPositions) throw new RangeError('cluster: too many distinct terms in one article');
  const packed = new Float64Array(counts.size);
  const values = new Float64Array(counts.size);
  let n = 0;
  for (const [term, count] of counts) {
    if (!(count > 0)) continue;
    values[n] = count;
    batchTerms.push(term);
    n++;
  }
  if (batchIds.length < n) batchIds = new Int32Array(n * 2);
  termIds(vocabulary, batchTerms, n, batchIds);
  batchTerms.length = 0;
  for (let i = 0; i < n; i++) packed[i] = batchIds[i]! * maxPositions + i;
  const order = packed.subarray(0, n).sort();
  const ids = new Uint32Array(n);
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const key = order[i]!;
    const position = key % maxPositions;
    ids[i] = (key - position) / maxPositions;
    sorted[i] = values[position]!;
  }
  return { ids, values: sorted };
}

/** The sum of two tables (a new table; neither input changes). */
export function addTables(a: TermTable, b: TermTable): TermTable {
  if (b.ids.length === 0) return a;
  if (a.ids.length === 0) return b;
  const ids = new Uint32Array(a.ids.length + b.ids.length);
  const values = new Float64Array(ids.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : 0xffffffff;
    const y = j < b.ids.length ? b.ids[j]! : 0xffffffff;
    if (x <= y) {
      ids[n] = x;
      values[n] = a.values[i++]!;
      if (x === y) values[n]! += b.values[j++]!;
    } else {
      ids[n] = y;
      values[n] = b.values[j++]!;
    }
    n++;
  }
  return n === ids.length ? { ids, values } : { ids: ids.slice(0, n), values: values.slice(0, n) };
}

/** Keeps the `limit` entries heaviest by value × IDF (ties: the term that sorts first), ids ascending. */
export function pruneTable(vocabulary: Vocabulary, table: TermTable, limit: number): TermTable {
  if (table.ids.length <= limit) return table;
  const weights = new Float64Array(table.ids.length);
  for (let i = 0; i < weights.length; i++) weights[i] = table.values[i]! * idfOf(vocabulary, table.ids[i]!);
  const { terms } = vocabulary;
  const ranked = Array.from(weights.keys()).sort((x, y) => {
    const diff = weights[y]! - weights[x]!;
    if (diff !== 0) return diff;
    const tx = terms[table.ids[x]!]!;
    const ty = terms[table.ids[y]!]!;
    return tx < ty ? -1 : 1;
  });
  const kept = Uint32Array.from(ranked.slice(0, limit)).sort();
  const ids = new Uint32Array(kept.length);
  const values = new Float64Array(kept.length);
  for (let k = 0; k < kept.length; k++) {
    ids[k] = table.ids[kept[k]!]!;
    values[k] = table.values[kept[k]!]!;
  }
  return { ids, values };
}
