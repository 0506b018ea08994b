import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentWords, dampen, entityCounts, stem, wordCounts, yearCounts } from '../../src/cluster/terms.ts';
import { entity } from './_fixtures.ts';

test('stemming folds plurals and common verb endings', () => {
  assert.equal(stem('ferries'), 'ferry');
  assert.equal(stem('passengers'), 'passenger');
  assert.equal(stem('searching'), 'search');
  assert.equal(stem('crossed'), 'cross');
  assert.equal(stem('status'), 'status');
});

test('content words drop stop words and one-character tokens', () => {
  assert.deepEqual(contentWords('The ferry was carrying 60 passengers, a coast-guard said.'), ['ferry', 'carry', '60', 'passenger', 'coast-guard']);
});

test('title words weigh more than body words', () => {
  const counts = wordCounts('Ferry fire', 'ferry harbour', 3);
  assert.equal(counts.get('ferry'), 4);
  assert.equal(counts.get('fire'), 3);
  assert.equal(counts.get('harbour'), 1);
});

test('entities become @name terms, aliases included, people above other things', () => {
  const counts = entityCounts([{ ...entity('Ana Ruiz', 'person'), aliases: ['Ruiz'] }, entity('Expo', 'other')]);
  assert.deepEqual([...counts.keys()].sort(), ['@ana ruiz', '@expo', '@ruiz']);
  assert.ok(counts.get('@ana ruiz')! > counts.get('@expo')!);
});

test('years are #YYYY terms counted once; other numbers are not years', () => {
  assert.deepEqual([...yearCounts('In 2011', 'since 1998 and 2011, 12000 boats, 3000 BC').keys()].sort(), ['#1998', '#2011']);
});

test('dampening is 1 + ln(tf)', () => {
  assert.deepEqual([...dampen(new Map([['a', 1], ['b', Math.E]]))], [['a', 1], ['b', 2]]);
});
