import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareOverlaps, measureOverlap } from '../../src/dedup/overlap.ts';
import { defaultDedupOptions } from '../../src/dedup/options.ts';

const range = (from: number, to: number): Uint32Array => Uint32Array.from({ length: to - from }, (_, i) => from + i);
const side = (shingles: Uint32Array, wire: string | null = null) => ({ shingles, wire });
const measure = (a: Uint32Array, b: Uint32Array, wire: string | null = null) =>
  measureOverlap(side(a, wire), side(b, wire), defaultDedupOptions);

test('high Jaccard is a duplicate', () => {
  const o = measure(range(0, 100), range(5, 105));
  assert.equal(o.relation, 'duplicate');
  assert.ok(o.jaccard > 0.8);
});

test('a trimmed reprint (new inside earlier) is a duplicate', () => {
  assert.equal(measure(range(0, 60), range(0, 100)).relation, 'duplicate');
});

test('same wire tag lowers the duplicate bar', () => {
  const a = range(0, 100);
  const b = range(35, 135); // Jaccard 65/135 ≈ 0.48, containment 0.65
  assert.equal(measure(a, range(30, 130)).relation, 'derived');
  assert.equal(measure(a, range(30, 130), 'reuters').relation, 'duplicate');
  assert.equal(measure(a, b).relation, 'derived');
});

test('half of one article from the other is derived; little overlap is distinct', () => {
  assert.equal(measure(range(0, 100), range(50, 250)).relation, 'derived');
  assert.equal(measure(range(0, 100), range(90, 300)).relation, 'distinct');
});

test('duplicates rank before derived, stronger first', () => {
  const dup = measure(range(0, 100), range(0, 100));
  const derived = measure(range(0, 100), range(50, 250));
  assert.ok(compareOverlaps(dup, derived) < 0);
  assert.ok(compareOverlaps(derived, dup) > 0);
});
