import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPostings, lookupStories, postStory } from '../../src/cluster/postings.ts';

const request = (terms: Record<string, number>, extra: Partial<Parameters<typeof lookupStories>[1]> = {}) => ({
  terms: new Map(Object.entries(terms)), maxPostings: 10, maxCandidates: 10, resolve: (id: string) => id, ...extra,
});

test('stories sharing more query weight rank first', () => {
  const postings = createPostings();
  postStory(postings, 's1', ['ferry', 'fire']);
  postStory(postings, 's2', ['ferry', 'lake']);
  postStory(postings, 's2', ['ferry']);
  assert.deepEqual(postings.byTerm.get('ferry'), ['s1', 's2']);
  assert.deepEqual(lookupStories(postings, request({ ferry: 1, lake: 2 })), ['s2', 's1']);
});

test('only the most recent postings are read, and skipped stories are dropped', () => {
  const postings = createPostings();
  for (let i = 0; i < 5; i++) postStory(postings, `s${i}`, ['common']);
  assert.deepEqual(lookupStories(postings, request({ common: 1 }, { maxPostings: 2 })).sort(), ['s3', 's4']);
  assert.deepEqual(lookupStories(postings, request({ common: 1 }, { resolve: (id) => (id === 's0' ? id : null) })), ['s0']);
});

test('merged stories resolve to one candidate', () => {
  const postings = createPostings();
  postStory(postings, 'old', ['x']);
  postStory(postings, 'merged', ['x']);
  assert.deepEqual(lookupStories(postings, request({ x: 1 }, { resolve: () => 'old' })), ['old']);
});
