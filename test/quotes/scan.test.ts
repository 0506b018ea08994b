import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeMarks, scanQuotes, splitParagraphs } from '../../src/quotes/scan.ts';

function quotedTexts(text: string): string[] {
  return scanQuotes(text, splitParagraphs(text)).map((q) => text.slice(q.inner.start, q.inner.end));
}

test('pairs curly, straight and mixed double marks', () => {
  assert.deepEqual(quotedTexts('He said “yes,” then "no" and “maybe".'), ['yes,', 'no', 'maybe']);
});

test('a mark written the wrong way round still opens', () => {
  assert.deepEqual(quotedTexts('She replied ”we are ready” at once.'), ['we are ready']);
});

test('a quote left open continues into a paragraph that opens with a mark', () => {
  const text = '“First part of the answer.\n\n“Second part,” she said.';
  const found = scanQuotes(text, splitParagraphs(text));
  assert.equal(found.length, 2);
  assert.equal(found[0]?.unclosed, true);
  assert.equal(found[1]?.continues, true);
  assert.equal(found[1]?.unclosed, false);
});

test('an unclosed quote in a paragraph followed by plain text does not continue', () => {
  const text = '“Nobody closed this\n\nA new paragraph.';
  const found = scanQuotes(text, splitParagraphs(text));
  assert.equal(found.length, 1);
  assert.equal(found[0]?.unclosed, true);
  assert.equal(text.slice(found[0]?.inner.start, found[0]?.inner.end), 'Nobody closed this');
});

test('single quotes outside double quotes; apostrophes are not marks', () => {
  assert.deepEqual(quotedTexts('Talks ‘on track’: minister. It’s the board’s call, “not ‘mine’ alone”.'), ['on track', 'not ‘mine’ alone']);
});

test("typewriter '' pairs become one mark without moving positions", () => {
  const text = "He said, ''We will win,'' and left.";
  const normal = normalizeMarks(text);
  assert.equal(normal.length, text.length);
  assert.deepEqual(quotedTexts(normal).map((t) => t.trim()), ['We will win,']);
});

test('splitParagraphs finds blank-line separated paragraphs', () => {
  const text = 'One.\n\nTwo lines\nstill two.\n\n\nThree.';
  assert.deepEqual(splitParagraphs(text).map((s) => text.slice(s.start, s.end)), ['One.', 'Two lines\nstill two.', 'Three.']);
});
