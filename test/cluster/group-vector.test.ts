import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createGroupVector, groupsCosine, memberCosine, shiftGroup } from '../../src/cluster/group-vector.ts';
import { cosine, type WeightedVector } from '../../src/cluster/vocabulary.ts';

const vector = (entries: Record<string, number>): WeightedVector => {
  const weights = new Map(Object.entries(entries));
  return { weights, norm: Math.sqrt([...weights.values()].reduce((s, w) => s + w * w, 0)) };
};
const close = (a: number, b: number): void => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≉ ${b}`);

test('a group is the sum of its members; leaving undoes joining', () => {
  const group = createGroupVector();
  shiftGroup(group, vector({ ferry: 1, fire: 2 }), 1);
  shiftGroup(group, vector({ ferry: 3 }), 1);
  assert.deepEqual([...group.weights], [['ferry', 4], ['fire', 2]]);
  close(group.normSquared, 20);
  shiftGroup(group, vector({ ferry: 1, fire: 2 }), -1);
  assert.deepEqual([...group.weights], [['ferry', 3]]);
  close(group.normSquared, 9);
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
