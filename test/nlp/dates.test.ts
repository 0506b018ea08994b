import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Sentence } from '../../src/types.ts';
import { directionOf, findDates, reresolveDates, sentenceAround } from '../../src/nlp/dates.ts';

function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const part of text.split(/(?<=\.) /)) {
    out.push({ span: { start, end: start + part.length }, text: part, paragraph: 0 });
    start += part.length + 1;
  }
  return out;
}

const values = (text: string, reference: string | null) =>
  findDates(sentences(text), reference).map((d) => `${d.text}=${d.value}/${d.precision}`);

test('past bias, and forward with a future cue', () => {
  assert.deepEqual(values('The mayor spoke on Tuesday. She will travel on Tuesday.', '2025-09-02'), [
    'on Tuesday=2025-09-02/day', 'on Tuesday=2025-09-09/day',
  ]);
  assert.deepEqual(values('Prices rose in November. The board plans a review in November.', '2025-09-02'), [
    'November=2024-11/month', 'November=2025-11/month',
  ]);
});

test('relative phrases resolve against the reference, at their precision', () => {
  assert.deepEqual(values('Sales doubled last year.', '2025-09-02'), ['last year=2024/year']);
  assert.deepEqual(values('The bridge closed yesterday.', '2025-03-01'), ['yesterday=2025-02-28/day']);
});

test('without a reference only fixed dates get a value', () => {
  const found = findDates(sentences('The dam was built in 1964. It flooded on Sunday.'), null);
  assert.deepEqual(found.map((d) => [d.value, d.relative]), [['1964', false], [null, true]]);
});

test('relative dates re-resolve against a date the caller supplies', () => {
  const text = 'The ferry sank on Sunday. The inquiry opens in 2026.';
  const found = findDates(sentences(text), null);
  const again = reresolveDates(text, found, '2025-06-11');
  assert.deepEqual(again.map((d) => d.value), ['2025-06-08', '2026']);
});

test('future cues and the sentence around a span', () => {
  assert.equal(directionOf('He is expected to arrive on Monday.'), 'future');
  assert.equal(directionOf('He arrived on Monday.'), 'past');
  const text = 'First line. They will meet on Friday. Last line.';
  assert.equal(sentenceAround(text, text.indexOf('Friday'), text.indexOf('Friday') + 6).trim(), 'They will meet on Friday');
});

test('a future cue in a subordinate clause does not move a past date', () => {
  const text = 'The two ports agreed on Monday to pool 30 berths, a deal that pilots hope will speed up traffic.';
  assert.deepEqual(values(text, '2026-03-11'), ['on Monday=2026-03-09/day']);
});
