import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createOrdinalIndex, forEachPosted, isRetired, post, postCapped, postedOrdinals, unpost } from '../../src/dedup/ordinal-index.ts';
import { prng } from '../../src/shared/random.ts';

test('ordinals posted under a key come back, and leave one by one', () => {
  const index = createOrdinalIndex();
  post(index, 7, 1);
  post(index, 7, 2);
  post(index, 7, 3);
  post(index, 8, 2);
  assert.deepEqual(postedOrdinals(index, 7), [1, 2, 3]);
  const seen: number[] = [];
  forEachPosted(index, 7, (ordinal) => seen.push(ordinal));
  assert.deepEqual(seen, [3, 2, 1], 'newest first');
  unpost(index, 7, 2);
  unpost(index, 7, 9);
  unpost(index, 99, 1);
  assert.deepEqual(postedOrdinals(index, 7), [1, 3]);
  unpost(index, 7, 1);
  unpost(index, 7, 3);
  assert.deepEqual(postedOrdinals(index, 7), []);
  assert.equal(index.keys, 1);
  assert.deepEqual(postedOrdinals(index, 8), [2]);
});

test('a capped key is retired when full: its ordinals dropped, no more taken, unposts ignored', () => {
  const index = createOrdinalIndex();
  postCapped(index, 5, 0, 2);
  postCapped(index, 5, 1, 2);
  assert.ok(!isRetired(index, 5));
  postCapped(index, 5, 2, 2);
  assert.ok(isRetired(index, 5));
  postCapped(index, 5, 3, 2);
  unpost(index, 5, 0);
  assert.ok(isRetired(index, 5));
  assert.deepEqual(postedOrdinals(index, 5), []);
  // A cap of 0 retires a key on its first post, and the key holds its own slot.
  postCapped(index, 6, 0, 0);
  assert.ok(isRetired(index, 6));
  assert.ok(!isRetired(index, 0));
  post(index, 0, 4);
  assert.deepEqual(postedOrdinals(index, 0), [4]);
  assert.equal(index.keys, 3);
});

test('uint32 keys above 2^31 are kept apart from their int32 neighbours', () => {
  const index = createOrdinalIndex();
  post(index, 0xfffffff8, 1);
  post(index, 0x7ffffff8, 2);
  post(index, 0, 3);
  assert.deepEqual(postedOrdinals(index, 0xfffffff8), [1]);
  assert.deepEqual(postedOrdinals(index, 0x7ffffff8), [2]);
  assert.deepEqual(postedOrdinals(index, 0), [3]);
});

test('through growth, shrinking and many removals the index agrees with a Map of sets', () => {
  const random = prng(7);
  const index = createOrdinalIndex();
  const model = new Map<number, Set<number>>();
  // Keys from a small range collide in their home slots; phases fill the table then empty most of it.
  for (let round = 0; round < 60_000; round++) {
    const key = Math.floor(random() * (round < 30_000 ? 20_000 : 2_000)) * 7919;
    const ordinal = Math.floor(random() * 50);
    const adding = round < 30_000 ? random() < 0.8 : random() < 0.2;
    const set = model.get(key) ?? new Set<number>();
    if (adding && !set.has(ordinal)) {
      post(index, key, ordinal);
      set.add(ordinal);
      model.set(key, set);
    } else if (!adding) {
      for (const held of [...set].slice(0, 1)) {
        unpost(index, key, held);
        set.delete(held);
      }
      if (set.size === 0) model.delete(key);
    }
  }
  for (let key = 0; key < 20_000 * 7919; key += 7919) assert.deepEqual(postedOrdinals(index, key), [...(model.get(key) ?? [])].sort((a, b) => a - b), `key ${key}`);
  assert.equal(index.keys, model.size);
  assert.ok(index.slots.length / 3 >= 2 * index.keys, 'at most half the slots used');
  // Emptied out, it shrinks back and reuses its nodes.
  for (const [key, set] of model) for (const ordinal of set) unpost(index, key, ordinal);
  assert.equal(index.keys, 0);
  assert.equal(index.slots.length / 3, 1024);
  const nodes = index.nodesUsed;
  for (let k = 0; k < 100; k++) post(index, k, k);
  assert.equal(index.nodesUsed, nodes, 'freed nodes are reused');
});
