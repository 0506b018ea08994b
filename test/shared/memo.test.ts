import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoized } from '../../src/shared/memo.ts';

test('a memo computes each key once; without one every call computes', () => {
  let calls = 0;
  const upper = (word: string): string => {
    calls += 1;
    return word.toUpperCase();
  };
  const memo = new Map<string, string>();
  assert.equal(memoized(memo, 'ferry', upper), 'FERRY');
  assert.equal(memoized(memo, 'ferry', upper), 'FERRY');
  assert.equal(calls, 1);
  assert.equal(memoized(undefined, 'ferry', upper), 'FERRY');
  assert.equal(calls, 2);
});
