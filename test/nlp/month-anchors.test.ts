import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateExpressions } from '../../src/nlp/date-expressions.ts';
import { anchoredYear } from '../../src/nlp/month-anchors.ts';
import { findDates } from '../../src/nlp/dates.ts';
import type { Sentence } from '../../src/types.ts';

const one = (text: string): Sentence[] => [{ span: { start: 0, end: text.length }, text, paragraph: 0 }];
const values = (text: string, reference: string) => findDates(one(text), reference).map((d) => `${d.text}=${d.value}`);

test('a month with "last year", "this year" or "next year" after it takes that year, as one mention', () => {
  assert.deepEqual(values('The mayors first met in March last year.', '2026-03-11'), ['March last year=2025-03']);
  assert.deepEqual(values('The mayors met in March of this year.', '2026-09-11'), ['March of this year=2026-03']);
  assert.deepEqual(values('They meet again in June next year.', '2026-03-11'), ['June next year=2027-06']);
});

test('"last March" is the latest March before this month; "next March" the first after it', () => {
  assert.deepEqual(values('The pier opened last March.', '2026-03-11'), ['last March=2025-03']);
  assert.deepEqual(values('The pier opened last March.', '2026-09-11'), ['last March=2026-03']);
  assert.deepEqual(values('The pier opens next March.', '2026-03-11'), ['next March=2027-03']);
  assert.equal(anchoredYear({ year: 2026, month: 3, day: 11 }, 1, 'next'), 2027);
  assert.equal(anchoredYear({ year: 2026, month: 3, day: 11 }, 5, 'next'), 2026);
});

test('the anchored text is one expression and the spans match it', () => {
  const text = 'Exports fell in October last year, officials said.';
  const found = findDateExpressions(text);
  assert.deepEqual(found.map((d) => d.text), ['October last year']);
  assert.equal(text.slice(found[0]?.span.start, found[0]?.span.end), 'October last year');
});
