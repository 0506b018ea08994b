import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createGroupVector, groupsCosine, groupWeight, memberCosine, shiftGroup, type SparseVector } from '../../src/cluster/group-vector.ts';

// Terms are interned ids in the cluster stage; these tests give each word its own id.
const TERMS = ['ferry', 'fire', 'lake'];
const vector = (entries: Record<string, number>): SparseVector => {
  const pairs = Object.entries(entries);
  const values = Float64Array.from(pairs, ([, w]) => w);
  return { ids: Int32Array.from(pairs, ([term]) => TERMS.indexOf(term)), values, norm: Math.sqrt(values.reduce((s, w) => s + w * w, 0)) };
};
const weights = (group: ReturnType<typeof createGroupVector>): Record<string, number> =>
  Object.fromEntries(TERMS.map((term, id) => [term, groupWeight(group, id)]).filter(([, w]) => w !== 0));
const close = (a: number, b: number): void => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≉ ${b}`);
const cosine = (a: SparseVector, b: SparseVector): number => {
  let dot = 0;
  a.ids.forEach((id, i) => {
    const j = b.ids.indexOf(id);
    if (j >= 0) dot += a.values[i]! * b.values[j]!;
  });
  return dot / (a.norm * b.norm);
};

test('a group is the sum of its members; leaving undoes joining', () => {
  const group = createGroupVector();
  shiftGroup(group, vector({ ferry: 1, fire: 2 }), 1);
  shiftGroup(group, vector({ ferry: 3 }), 1);
  assert.deepEqual(weights(group), { ferry: 4, fire: 2 });
  close(group.normSquared, 20);
  shiftGroup(group, vector({ ferry: 1, fire: 2 }), -1);
  assert.deepEqual(weights(group), { ferry: 3 });
  assert.equal(group.live, 1);
  close(group.normSquared, 9);
});

test('the table grows past its first capacity and keeps every weight', () => {
  const group = createGroupVector();
  const ids = Int32Array.from({ length: 1000 }, (_, i) => i * 7919);
  const values = Float64Array.from({ length: 1000 }, (_, i) => i + 1);
  shiftGroup(group, { ids, values, norm: 1 }, 1);
  shiftGroup(group, { ids: ids.slice(0, 500), values: values.slice(0, 500), norm: 1 }, -1);
  assert.equal(group.live, 500);
  for (let i = 0; i < 1000; i++) assert.equal(groupWeight(group, ids[i]!), i < 500 ? 0 : i + 1);
  assert.equal(groupWeight(group, 3), 0);
});

test('leave-one-out cosine equals the cosine against the rest of the group', () => {
  const a = vector({ ferry: 1, fire: 2 });
  const b = vector({ ferry: 2, lake: 1 });
  const c = vector({ fire: 1, lake: 3 });
  const group = createGroupVector();
  for (const v of [a, b, c]) shiftGroup(group, v, 1);
  const rest = createGroupVector();
  for (const v of [b, c]) shiftGroup(rest, v, 1);
  close(memberCosine(a, group, true)!, memberCosine(a, rest, false)!);
  close(memberCosine(a, rest, false)!, cosine(a, vector({ ferry: 2, lake: 4, fire: 1 })));
});

test('a member alone in its group has nothing to fit; an empty member fits nothing', () => {
  const a = vector({ ferry: 1 });
  const group = createGroupVector();
  shiftGroup(group, a, 1);
  assert.equal(memberCosine(a, group, true), null);
  assert.equal(memberCosine(a, group, false), 1);
  assert.equal(memberCosine(vector({}), group, false), null);
});

test('cosine of two groups', () => {
  const x = createGroupVector();
  const y = createGroupVector();
  shiftGroup(x, vector({ ferry: 1 }), 1);
  shiftGroup(y, vector({ ferry: 2, fire: 2 }), 1);
  close(groupsCosine(x, y), Math.SQRT1_2);
  assert.equal(groupsCosine(x, createGroupVector()), 0);
});

test('a group that holds much of the vocabulary turns dense and gives the same weights and cosines', () => {
  const vocabulary = 100;
  const sparse = createGroupVector();
  const dense = createGroupVector(vocabulary);
  const member = (from: number): SparseVector => {
    const ids = Int32Array.from({ length: 30 }, (_, i) => (from + i * 3) % vocabulary);
    const values = Float64Array.from(ids, (id) => 1 + (id % 7));
    return { ids, values, norm: Math.sqrt(values.reduce((s, w) => s + w * w, 0)) };
  };
  for (const from of [0, 1, 2, 5, 11]) for (const group of [sparse, dense]) shiftGroup(group, member(from), 1);
  shiftGroup(sparse, member(1), -1);
  shiftGroup(dense, member(1), -1);
  assert.equal(dense.dense, true);
  assert.equal(sparse.dense, false);
  for (let id = 0; id < vocabulary; id++) assert.equal(groupWeight(dense, id), groupWeight(sparse, id));
  assert.equal(dense.live, sparse.live);
  close(dense.normSquared, sparse.normSquared);
  close(memberCosine(member(5), dense, true)!, memberCosine(member(5), sparse, true)!);
  close(memberCosine(member(7), dense, false)!, memberCosine(member(7), sparse, false)!);
  close(groupsCosine(dense, sparse), 1);
});
