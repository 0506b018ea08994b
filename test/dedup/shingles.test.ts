import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashString, normalizedText, normalizedWords, sharedCount, shingleHashes } from '../../src/dedup/shingles.ts';

test('normalisation folds case, quote marks, punctuation and digit grouping', () => {
  assert.deepEqual(normalizedWords('The Mayor’s “plan”: 12,500 homes!'), ['the', "mayor's", 'plan', '12500', 'homes']);
  assert.equal(normalizedText('A  b,\nC.'), 'a b c');
});

test('shingles are sorted, unique and one per window of words', () => {
  const words = 'a b c a b c'.split(' ');
  const shingles = shingleHashes(words, 3);
  assert.equal(shingles.length, 3);
  assert.deepEqual([...shingles], [...shingles].sort((x, y) => x - y));
  assert.equal(shingleHashes([], 5).length, 0);
  assert.equal(shingleHashes(['only', 'two'], 5).length, 1);
});

test('hashString is stable and spreads similar strings apart', () => {
  assert.equal(hashString('abc'), hashString('abc'));
  assert.notEqual(hashString('abc'), hashString('abd'));
});

test('sharedCount counts the common hashes of two sorted arrays', () => {
  assert.equal(sharedCount(Uint32Array.from([1, 3, 5, 7]), Uint32Array.from([2, 3, 4, 7, 9])), 2);
  assert.equal(sharedCount(new Uint32Array(0), Uint32Array.from([1])), 0);
});
