import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasMarkup, nonEmptyString, normalizeDate, urlHost } from '../../src/ingest/metadata.ts';

test('RFC 822 feed dates become ISO 8601 keeping their offset', () => {
  assert.equal(normalizeDate('Tue, 02 Sep 2031 01:00:00 +0500'), '2031-09-02T01:00:00+05:00');
  assert.equal(normalizeDate('Wed, 3 Sep 2031 22:10:05 GMT'), '2031-09-03T22:10:05Z');
  assert.equal(normalizeDate('Thu, 04 Sep 2031 07:00 EDT'), '2031-09-04T07:00:00-04:00');
  assert.equal(normalizeDate('5 Sep 2031'), '2031-09-05');
});

test('ISO dates are kept as written; epoch numbers become UTC', () => {
  assert.equal(normalizeDate('2031-09-02'), '2031-09-02');
  assert.equal(normalizeDate('2031-09-02T10:00:00+02:00'), '2031-09-02T10:00:00+02:00');
  assert.equal(normalizeDate('2031-09-02 10:00:00Z'), '2031-09-02T10:00:00Z');
  assert.equal(normalizeDate(0), '1970-01-01T00:00:00.000Z');
  assert.equal(normalizeDate(1_000_000_000_000), '2001-09-09T01:46:40.000Z');
  assert.equal(normalizeDate(1_000_000_000), '2001-09-09T01:46:40.000Z');
});

test('values that are not dates give null', () => {
  assert.equal(normalizeDate('soon'), null);
  assert.equal(normalizeDate('2031-13-45'), null);
  assert.equal(normalizeDate(''), null);
  assert.equal(normalizeDate(undefined), null);
  assert.equal(normalizeDate({ day: 1 }), null);
});

test('urlHost keeps the host of web addresses only, without www.', () => {
  assert.equal(urlHost('https://www.paper.example/a/b?c=1'), 'paper.example');
  assert.equal(urlHost('http://news.paper.example'), 'news.paper.example');
  assert.equal(urlHost('urn:uuid:1234'), null);
  assert.equal(urlHost('not a url'), null);
  assert.equal(urlHost(null), null);
});

test('hasMarkup spots tags and character references, not comparisons', () => {
  assert.equal(hasMarkup('<p>Hello</p>'), true);
  assert.equal(hasMarkup('Fish &amp; chips'), true);
  assert.equal(hasMarkup('Line one<br/>line two'), true);
  assert.equal(hasMarkup('3 < 5 and 7 > 2'), false);
  assert.equal(hasMarkup('Tom & Jerry'), false);
});

test('nonEmptyString trims and drops empty or non-string values', () => {
  assert.equal(nonEmptyString('  x '), 'x');
  assert.equal(nonEmptyString('   '), null);
  assert.equal(nonEmptyString(5), null);
});
