import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays, formatDay, parseDay, resolveMonthDay, resolveMonthYear, resolveWeekday, weekdayOf,
} from '../../src/nlp/calendar.ts';

const day = (iso: string) => {
  const d = parseDay(iso);
  assert.ok(d);
  return d;
};

test('parses and formats days, and steps across month ends', () => {
  assert.equal(formatDay(addDays(day('2024-02-28'), 2)), '2024-03-01');
  assert.equal(weekdayOf(day('2025-09-02')), 2);
  assert.equal(parseDay('not a date'), null);
});

test('a weekday resolves to the same day, the last one, or the coming one', () => {
  const tuesday = day('2025-09-02');
  assert.equal(formatDay(resolveWeekday(tuesday, 2, 'past', false)), '2025-09-02');
  assert.equal(formatDay(resolveWeekday(tuesday, 2, 'past', true)), '2025-08-26');
  assert.equal(formatDay(resolveWeekday(tuesday, 5, 'past', false)), '2025-08-29');
  assert.equal(formatDay(resolveWeekday(tuesday, 5, 'future', false)), '2025-09-05');
  assert.equal(formatDay(resolveWeekday(tuesday, 2, 'future', false)), '2025-09-09');
});

test('a month without year: past bias, or forward when speaking of the future', () => {
  const reference = day('2025-09-02');
  assert.equal(resolveMonthYear(reference, 7, 'past'), 2025);
  assert.equal(resolveMonthYear(reference, 11, 'past'), 2024);
  assert.equal(resolveMonthYear(reference, 11, 'future'), 2025);
  assert.equal(resolveMonthYear(reference, 3, 'future'), 2026);
});

test('a month-day without year takes the nearest year', () => {
  assert.equal(formatDay(resolveMonthDay(day('2025-09-02'), 9, 3, 'past')), '2025-09-03');
  assert.equal(formatDay(resolveMonthDay(day('2026-01-02'), 12, 28, 'past')), '2025-12-28');
  assert.equal(formatDay(resolveMonthDay(day('2025-09-02'), 8, 30, 'future')), '2026-08-30');
});
