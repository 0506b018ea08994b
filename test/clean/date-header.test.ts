import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCalendarDate, readDateHeader } from '../../src/clean/date-header.ts';

test('a header on its own line', () => {
  const found = readDateHeader('date 2024-03-07\nThe council met.');
  assert.equal(found.publishedAt, '2024-03-07');
  assert.equal(found.body, 'The council met.');
  assert.equal(found.header, 'date 2024-03-07');
});

test('a header on the same line as the first sentence, after leading white space', () => {
  const found = readDateHeader('  date 2024-03-07 The council met.');
  assert.equal(found.publishedAt, '2024-03-07');
  assert.equal(found.body, 'The council met.');
});

test('no header, or an impossible date, leaves the body alone', () => {
  for (const body of ['The date 2024-03-07 was set.', 'date 2024-02-30 Text.', 'dated 2024-03-07 x', 'date 2024-03-071 x']) {
    const found = readDateHeader(body);
    assert.equal(found.publishedAt, null, body);
    assert.equal(found.body, body);
  }
});

test('calendar dates', () => {
  assert.ok(isCalendarDate('2024-02-29'));
  assert.ok(!isCalendarDate('2023-02-29'));
  assert.ok(!isCalendarDate('2023-13-01'));
});
