import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateExpressions } from '../../src/nlp/date-expressions.ts';

const kinds = (text: string) => findDateExpressions(text).map((d) => `${d.text}:${d.expression.kind}`);

test('numbers that are not dates are ignored', () => {
  assert.deepEqual(kinds('The 75th jubilee followed a 40-minute drive past 12 T-90 tanks.'), []);
  assert.deepEqual(kinds('About 3/4 of the 2,000 delegates came, 15% more than 1999 had.'), []);
});

test('bare years and decades, which chrono does not read', () => {
  const found = findDateExpressions('The port opened in 1988, grew through the 1990s and shut in 2019.');
  assert.deepEqual(found.map((d) => d.expression), [
    { kind: 'fixed', value: '1988', precision: 'year' },
    { kind: 'fixed', value: '1990s', precision: 'decade' },
    { kind: 'fixed', value: '2019', precision: 'year' },
  ]);
  assert.equal(found[1]?.text, '1990s');
  assert.deepEqual(findDateExpressions('Music of the ’80s.').map((d) => d.expression), [
    { kind: 'fixed', value: '1980s', precision: 'decade' },
  ]);
});

test('weekdays, months, month-days and relative phrases', () => {
  assert.deepEqual(kinds('She arrived on Friday.'), ['on Friday:weekday']);
  assert.deepEqual(kinds('Talks resume in March.'), ['March:month']);
  assert.deepEqual(kinds('The vote is on October 14.'), ['October 14:month-day']);
  assert.deepEqual(kinds('Exports fell last year.'), ['last year:relative']);
  assert.deepEqual(kinds('It was signed on 4 May 2021.'), ['on 4 May 2021:fixed']);
});

test('the spans point at the expression in the text', () => {
  const text = 'Fishermen returned on Monday after the storm.';
  const [found] = findDateExpressions(text);
  assert.ok(found);
  assert.equal(text.slice(found.span.start, found.span.end), found.text);
});

test('a lower-case "may" is no month', () => {
  assert.deepEqual(kinds('Officials may decide soon.'), []);
});

test('durations are no dates; offsets anchored in the reference are', () => {
  for (const text of [
    'The pact came on Monday after two years of talks.', 'They fished there for two years.',
    'The road opens in two weeks.', 'Within three days the port reopened.', 'It sank two weeks later.',
    'The plan runs over five years.', 'A five-year plan was agreed.',
  ]) {
    assert.ok(kinds(text).every((k) => !k.endsWith(':relative')), `${text} → ${kinds(text).join(', ')}`);
  }
  assert.deepEqual(kinds('The plant shut two years ago.'), ['two years ago:relative']);
  assert.deepEqual(kinds('Prices rose last month.'), ['last month:relative']);
});

test('decimals and scores are no numeric dates', () => {
  assert.deepEqual(kinds('Growth was 2.5 percent and the match ended 3-1.'), []);
  assert.deepEqual(kinds('The law took effect on 02.09.2024.').map((k) => k.split(':')[1]), ['fixed']);
});

test('a time of day is no part of the date mention', () => {
  assert.deepEqual(kinds('The ferry left on Monday at 10 am.'), ['on Monday:weekday']);
  assert.deepEqual(kinds('It was signed on 4 May 2021 at 9:30.'), ['on 4 May 2021:fixed']);
});
