import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPostings, lookupStories, postStory, transferPostings, unpostStory, type LookupRequest } from '../../src/cluster/postings.ts';

/** Terms are small numbers here: 1 ferry, 2 fire, 3 lake, 4 common. */
const request = (query: Record<number, number>, extra: Partial<LookupRequest> = {}): LookupRequest => ({
  query: { terms: Object.keys(query).map(Number), weights: Object.values(query) },
  maxPostings: 10,
  maxCandidates: 10,
  accept: () => true,
  nameOf: (story) => `s${story}`,
  ...extra,
});

test('stories sharing more query weight rank first', () => {
  const postings = createPostings();
  postStory(postings, 1, [1, 2]);
  postStory(postings, 2, [1, 3]);
  postStory(postings, 2, [1]);
  assert.deepEqual(postings.byTerm[1], [1, 2]);
  assert.deepEqual(lookupStories(postings, request({ 1: 1, 3: 2 })), [2, 1]);
  assert.deepEqual(lookupStories(postings, request({ 1: 1, 2: 0.5 })), [1, 2]);
});

test('ties go to the story whose name sorts first', () => {
  const postings = createPostings();
  postStory(postings, 1, [1]);
  postStory(postings, 2, [1]);
  assert.deepEqual(lookupStories(postings, request({ 1: 1 }, { nameOf: (s) => (s === 2 ? 'a' : 'b') })), [2, 1]);
  assert.deepEqual(lookupStories(postings, request({ 1: 1 }, { maxCandidates: 1 })), [1]);
});

test('name ranks break ties as the names would, and equal ranks leave it to the names', () => {
  const postings = createPostings();
  for (const story of [1, 2, 3]) postStory(postings, story, [1]);
  const names = ['', 'c', 'b', 'a'];
  const nameRanks = Float64Array.from([0, 2, 1, 1]);
  const nameOf = (story: number): string => names[story]!;
  assert.deepEqual(lookupStories(postings, request({ 1: 1 }, { nameOf, nameRanks })), [3, 2, 1]);
  assert.deepEqual(lookupStories(postings, request({ 1: 1 }, { nameOf, nameRanks, maxCandidates: 1 })), [3]);
});

test('only the most recent postings are read, and rejected stories are dropped', () => {
  const postings = createPostings();
  for (let i = 0; i < 5; i++) postStory(postings, i, [4]);
  assert.deepEqual(lookupStories(postings, request({ 4: 1 }, { maxPostings: 2 })).sort(), [3, 4]);
  assert.deepEqual(lookupStories(postings, request({ 4: 1 }, { accept: (s) => s === 0 })), [0]);
});

test('lists keep the most recent entries up to their limit', () => {
  const postings = createPostings(3);
  for (let i = 0; i < 5; i++) postStory(postings, i, [4]);
  assert.deepEqual(postings.byTerm[4], [2, 3, 4]);
});

test('a merged story hands its terms over; a retired one leaves every list', () => {
  const postings = createPostings();
  postStory(postings, 1, [1, 2]);
  postStory(postings, 2, [1, 3]);
  transferPostings(postings, 2, 1);
  assert.deepEqual(postings.byTerm[1], [1]);
  assert.deepEqual(postings.byTerm[3], [1]);
  assert.deepEqual(lookupStories(postings, request({ 3: 1 })), [1]);
  unpostStory(postings, 1);
  assert.equal(postings.byTerm.filter((list) => list !== undefined).length, 0);
  assert.deepEqual(lookupStories(postings, request({ 1: 1, 2: 1, 3: 1 })), []);
});

test('story keys beyond the first scratch size are tallied', () => {
  const postings = createPostings();
  postStory(postings, 5000, [1]);
  postStory(postings, 7, [1, 2]);
  assert.deepEqual(lookupStories(postings, request({ 1: 1, 2: 1 })), [7, 5000]);
});
