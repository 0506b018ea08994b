import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDedupIndex } from '../../src/dedup/index.ts';
import { fingerprintKey, postFingerprint } from '../../src/dedup/_state.ts';
import { isRetired, postedOrdinals } from '../../src/dedup/ordinal-index.ts';

test('a fingerprint posted by too many articles is retired and stays retired', () => {
  const index = createDedupIndex({ maxFingerprintPostings: 2 });
  postFingerprint(index, 5, 0);
  postFingerprint(index, 5, 1);
  assert.deepEqual(postedOrdinals(index.fingerprints, 5), [0, 1]);
  postFingerprint(index, 5, 2);
  assert.ok(isRetired(index.fingerprints, 5));
  assert.deepEqual(postedOrdinals(index.fingerprints, 5), []);
  postFingerprint(index, 5, 3);
  assert.ok(isRetired(index.fingerprints, 5));
  assert.deepEqual(postedOrdinals(index.fingerprints, 5), []);
});

test('fingerprint keys are the sampled hash divided by the sampling, exactly', () => {
  assert.equal(fingerprintKey(0xfffffff8, 8), 0x1fffffff);
  assert.ok(Number.isInteger(fingerprintKey(24, 8)));
  assert.equal(fingerprintKey(12345, 1), 12345);
});
