import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandKeys, minhashSeeds, minhashSignature, signatureSimilarity } from '../../src/dedup/minhash.ts';

const seeds = minhashSeeds(128);
const range = (from: number, to: number): Uint32Array => Uint32Array.from({ length: to - from }, (_, i) => from + i);

test('seeds are deterministic', () => {
  assert.deepEqual(minhashSeeds(8), minhashSeeds(8));
  assert.equal(new Set(seeds).size, 128);
});

test('signature agreement estimates Jaccard similarity', () => {
  const a = minhashSignature(range(0, 300), seeds);
  const b = minhashSignature(range(100, 400), seeds); // Jaccard 200/400 = 0.5
  assert.ok(Math.abs(signatureSimilarity(a, b) - 0.5) < 0.15);
  assert.equal(signatureSimilarity(a, a), 1);
  assert.ok(signatureSimilarity(a, minhashSignature(range(1000, 1300), seeds)) < 0.1);
});

test('identical sets share every band key; disjoint sets share none', () => {
  const a = minhashSignature(range(0, 200), seeds);
  const keys = bandKeys(a, 32, 4);
  assert.equal(keys.length, 32);
  assert.deepEqual(bandKeys(minhashSignature(range(0, 200), seeds), 32, 4), keys);
  const other = new Set(bandKeys(minhashSignature(range(5000, 5200), seeds), 32, 4));
  assert.equal(keys.filter((k) => other.has(k)).length, 0);
});
