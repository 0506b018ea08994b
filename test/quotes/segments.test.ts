import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentQuotes, segmentRanges } from '../../src/quotes/segments.ts';
import type { ArticleQuote } from '../../src/types.ts';

const pieces = (text: string, kind: 'full' | 'partial' = 'full'): string[] => segmentRanges(text, kind).map((r) => text.slice(r.start, r.end));

test('a full quote splits at sentence ends and at elisions', () => {
  assert.deepEqual(pieces('Our ties are strong. Are they? Yes! We agree ... and we move on…then we rest.'), [
    'Our ties are strong.',
    'Are they?',
    'Yes!',
    'We agree',
    'and we move on',
    'then we rest.',
  ]);
});

test('abbreviations and initials do not end a segment', () => {
  assert.deepEqual(pieces('Mr. Roe met Dr. Ann B. Vale in the U.S. capital. Then he left.'), ['Mr. Roe met Dr. Ann B. Vale in the U.S. capital.', 'Then he left.']);
});

test('a partial quote is one segment, whatever its punctuation', () => {
  assert.deepEqual(pieces('strong. Very strong', 'partial'), ['strong. Very strong']);
});

test('segments carry their quote, order, words and content stems', () => {
  const q: ArticleQuote = { id: 'q', text: 'We respect the relations. That is fine.', kind: 'full', span: { start: 0, end: 39 }, speaker: null };
  const segments = segmentQuotes([{ article: 'a', quote: q }]);
  assert.equal(segments.length, 2);
  assert.deepEqual(segments.map((s) => [s.quote, s.order, s.index]), [[0, 0, 0], [0, 1, 1]]);
  assert.deepEqual(segments[0]?.words, ['we', 'respect', 'the', 'relations']);
  assert.deepEqual([...(segments[0]?.content ?? [])], ['respect', 'relation']);
  assert.deepEqual([...(segments[1]?.content ?? [])], ['fine']);
});
