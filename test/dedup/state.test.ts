import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDedupIndex } from '../../src/dedup/index.ts';
import { fingerprintKey, forEachOrdinal, post, postFingerprint, unpost, type Ordinals } from '../../src/dedup/_state.ts';

const ordinalsOf = (list: Ordinals | null | undefined): number[] => {
  const out: number[] = [];
  if (list != null) forEachOrdinal(list, (o) => out.push(o));
  return out;
};

test('a posting list holds one ordinal as a number, several as an array, and empties away', () => {
  const map = new Map<number, Ordinals>();
  post(map, 7, 1);
  assert.equal(map.get(7), 1);
  post(map, 7, 2);
  post(map, 7, 3);
  assert.deepEqual(ordinalsOf(map.get(7)), [1, 2, 3]);
  unpost(map, 7, 2);
  assert.deepEqual(ordinalsOf(map.get(7)), [1, 3]);
  unpost(map, 7, 1);
  assert.equal(map.get(7), 3);
  unpost(map, 7, 9);
  assert.equal(map.get(7), 3);
  unpost(map, 7, 3);
  assert.equal(map.has(7), false);
});

test('a fingerprint posted by too many articles is retired and stays retired', () => {
  const index = createDedupIndex({ maxFingerprintPostings: 2 });
  postFingerprint(index, 5, 0);
  postFingerprint(index, 5, 1);
  assert.deepEqual(ordinalsOf(index.fingerprints.get(5)), [0, 1]);
  postFingerprint(index, 5, 2);
  assert.equal(index.fingerprints.get(5), null);
  postFingerprint(index, 5, 3);
  assert.equal(index.fingerprints.get(5), null);
});

test('fingerprint keys are the sampled hash divided by the sampling, exactly', () => {
  assert.equal(fingerprintKey(0xfffffff8, 8), 0x1fffffff);
  assert.ok(Number.isInteger(fingerprintKey(24, 8)));
  assert.equal(fingerprintKey(12345, 1), 12345);
});
