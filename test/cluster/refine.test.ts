import { test } from 'node:test';
import assert from 'node:assert/strict';
import { refineStories, type RefineMember, type RefineOptions } from '../../src/cluster/refine.ts';
import { defaultClusterOptions } from '../../src/cluster/options.ts';
import type { WeightedVector } from '../../src/cluster/vocabulary.ts';

const vector = (entries: Record<string, number>): WeightedVector => {
  const weights = new Map(Object.entries(entries));
  return { weights, norm: Math.sqrt([...weights.values()].reduce((s, w) => s + w * w, 0)) };
};
const empty = vector({});
const member = (id: string, words: Record<string, number>, day: number | null = null): RefineMember => ({
  id, day, profile: { words: vector(words), entities: empty, years: empty },
});
const options: RefineOptions = defaultClusterOptions;

const fire = (id: string, day: number | null = null) => member(id, { fire: 2, engine: 1, harbour: 1, evacuate: 1 }, day);
const capsize = (id: string, day: number | null = null) => member(id, { capsize: 2, lake: 1, wind: 1, rescue: 1 }, day);

test('an article streamed into the wrong story moves to the one it fits', () => {
  const members = [fire('f1'), fire('f2'), capsize('c1'), capsize('c2'), fire('f3')];
  const groups = refineStories(members, [0, 0, 1, 1, 1], options);
  assert.deepEqual(groups, [0, 0, 1, 1, 0]);
});

test('two stories of one event become one', () => {
  const members = [fire('f1'), fire('f2'), fire('f3'), fire('f4'), capsize('c1'), capsize('c2')];
  const groups = refineStories(members, [0, 0, 1, 1, 2, 2], options);
  assert.equal(new Set(groups.slice(0, 4)).size, 1);
  assert.deepEqual(groups.slice(4), [2, 2]);
  assert.notEqual(groups[0], 2);
});

test('an article alone joins the story it fits at a lower threshold', () => {
  const other = 'crew dock smoke night port crane cargo quay alarm tug pier mast hull deck siren'.split(' ');
  const short = member('short', Object.fromEntries([['fire', 1], ...other.map((w) => [w, 1])]));
  const members = [fire('f1'), fire('f2'), short];
  assert.deepEqual(refineStories(members, [0, 0, 1], options), [0, 0, 0]);
  assert.deepEqual(refineStories(members, [0, 0, 1], { ...options, orphanShare: 1 }), [0, 0, 1]);
});

test('an article out of its story\'s time window leaves it', () => {
  const members = [fire('f1', 100), fire('f2', 101), fire('late', 400)];
  const groups = refineStories(members, [0, 0, 0], options);
  assert.equal(groups[0], groups[1]);
  assert.notEqual(groups[2], groups[0]);
});

test('the result does not depend on the members\' order, given the same starting stories', () => {
  const members = [fire('f1'), capsize('c1'), fire('f2'), capsize('c2'), fire('f3')];
  const start = [0, 1, 0, 1, 1];
  const forward = refineStories(members, start, options);
  const order = [4, 3, 2, 1, 0];
  const backward = refineStories(order.map((i) => members[i]!), order.map((i) => start[i]!), options);
  assert.deepEqual(order.map((i) => forward[i]), backward);
});

test('small stories of one event merge at a lower threshold than large ones', () => {
  const a = (id: string) => member(id, { fire: 1, engine: 1, harbour: 1, crew: 1, night: 1 });
  const b = (id: string) => member(id, { fire: 1, engine: 1, dock: 1, smoke: 1, cargo: 1, crane: 1 });
  const members = [a('a1'), a('a2'), b('b1'), b('b2')];
  const merged = refineStories(members, [0, 0, 1, 1], { ...options, joinThreshold: 0.9 });
  assert.equal(new Set(merged).size, 1);
  const apart = refineStories(members, [0, 0, 1, 1], { ...options, joinThreshold: 0.9, smallStory: 0 });
  assert.deepEqual(apart, [0, 0, 1, 1]);
});
