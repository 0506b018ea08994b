import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentSimilarity, dayNumber, similarity, timeFactor } from '../../src/cluster/similarity.ts';
import { cosine, type WeightedVector } from '../../src/cluster/vocabulary.ts';

const options = { entityWeight: 0.5, yearWeight: 0.5, timeSigmaDays: 3, timeWeight: 0.5 };
const vector = (entries: Record<string, number>): WeightedVector => {
  const weights = new Map(Object.entries(entries));
  return { weights, norm: Math.sqrt([...weights.values()].reduce((s, w) => s + w * w, 0)) };
};
const empty = vector({});
const profile = (words: Record<string, number>, entities: Record<string, number> = {}, years: Record<string, number> = {}) => ({
  words: vector(words), entities: vector(entities), years: vector(years),
});

test('cosine of sparse vectors', () => {
  assert.equal(cosine(vector({ a: 1 }), vector({ a: 2 })), 1);
  assert.equal(cosine(vector({ a: 1 }), vector({ b: 1 })), 0);
  assert.equal(cosine(empty, vector({ a: 1 })), 0);
});

test('entities count only when both sides have some', () => {
  const a = profile({ x: 1 }, { '@p': 1 });
  assert.equal(contentSimilarity(a, profile({ x: 1 }), options), 1);
  assert.equal(contentSimilarity(a, profile({ x: 1 }, { '@q': 1 }), options), 0.5);
});

test('different years lower the score; shared years never raise it', () => {
  const base = contentSimilarity(profile({ x: 1, y: 1 }), profile({ x: 1 }), options);
  assert.equal(contentSimilarity(profile({ x: 1, y: 1 }, {}, { '#2011': 1 }), profile({ x: 1 }, {}, { '#2011': 1 }), options), base);
  assert.equal(contentSimilarity(profile({ x: 1, y: 1 }, {}, { '#2011': 1 }), profile({ x: 1 }, {}, { '#2008': 1 }), options), base / 2);
});

test('the date gap decays the score by a Gaussian, down to 1 - timeWeight', () => {
  assert.equal(timeFactor(null, options), 1);
  assert.equal(timeFactor(0, options), 1);
  assert.ok(Math.abs(timeFactor(3, options) - (0.5 + 0.5 * Math.exp(-0.5))) < 1e-12);
  assert.ok(timeFactor(60, options) - 0.5 < 1e-9);
  assert.ok(similarity(profile({ x: 1 }), profile({ x: 1 }), 6, options) < similarity(profile({ x: 1 }), profile({ x: 1 }), 1, options));
});

test('dayNumber reads the date part of ISO dates', () => {
  assert.equal(dayNumber('1970-01-02'), 1);
  assert.equal(dayNumber('1970-01-02T23:00:00Z'), 1);
  assert.equal(dayNumber(null), null);
  assert.equal(dayNumber('yesterday'), null);
});
