import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBylineLine, isTimestampLine, removeBylines } from '../../src/clean/bylines.ts';

const context = { title: null, source: 'The Riverside Daily', url: 'https://www.riverside.example/news/1', byline: null };

test('bylines and author lines', () => {
  for (const line of ['By Jane Roe', 'By JANE ROE and JOHN DOE, Reuters', 'Email the author', 'Staff Reporter', 'Our Correspondent', 'Web Desk', 'Reporting by Jane Roe; Editing by John Doe']) {
    assert.ok(isBylineLine(line), line);
  }
});

test('sentences starting with By are not bylines', () => {
  for (const line of ['By Monday the river had risen.', 'By The Numbers', 'By the end of the year, costs rose.']) {
    assert.ok(!isBylineLine(line), line);
  }
});

test('timestamps', () => {
  assert.ok(isTimestampLine('Updated: Oct 4, 2024 10:14 IST'));
  assert.ok(!isTimestampLine('Updated guidance was published by the council.'));
});

test('the publisher alone on a line goes, as does its host', () => {
  const pass = removeBylines(
    [
      { type: 'paragraph', text: 'The Riverside Daily' },
      { type: 'paragraph', text: 'riverside.example' },
      { type: 'paragraph', text: 'The council met on Monday.' },
    ],
    context,
  );
  assert.deepEqual(pass.removed.map((r) => r.reason), ['byline', 'byline']);
  assert.equal(pass.blocks.length, 1);
});
