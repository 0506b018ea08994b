import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignSegments, containsVerbatim, segmentMatch } from '../../src/quotes/align.ts';
import { defaultQuotesOptions } from '../../src/quotes/options.ts';
import { segmentQuotes, type Segment } from '../../src/quotes/segments.ts';
import type { ArticleQuote } from '../../src/types.ts';

function segmentsOf(...texts: [string, 'full' | 'partial', string | null][]): Segment[] {
  return segmentQuotes(
    texts.map(([text, kind, speaker], i) => ({
      article: `a${i}`,
      quote: { id: `q${i}`, text, kind, span: { start: 0, end: text.length }, speaker: speaker ? { name: speaker, entity: null, confidence: 0.9 } : null } satisfies ArticleQuote,
    })),
  );
}

test('containsVerbatim finds a run of words in order', () => {
  assert.ok(containsVerbatim(['a', 'b', 'c', 'd'], ['b', 'c']));
  assert.ok(!containsVerbatim(['a', 'b', 'c', 'd'], ['c', 'b']));
  assert.ok(!containsVerbatim(['a'], ['a', 'b']));
});

test('reworded sentences match; sentences that share a word or two do not', () => {
  const [a, b, c] = segmentsOf(
    ['The ferry service will resume on all coastal routes', 'full', null],
    ['ferry services will resume on the coastal routes', 'full', null],
    ['The coastal towns will vote on new routes for buses', 'full', null],
  );
  assert.ok(segmentMatch(a as Segment, b as Segment, defaultQuotesOptions) > 1);
  assert.equal(segmentMatch(a as Segment, c as Segment, defaultQuotesOptions), 0);
});

test('a fragment matches only what holds it verbatim', () => {
  const [whole, inside, scattered] = segmentsOf(
    ['We will keep the harbour open at night', 'full', null],
    ['harbour open at night', 'partial', null],
    ['open harbour', 'partial', null],
  );
  assert.ok(segmentMatch(whole as Segment, inside as Segment, defaultQuotesOptions) > 0);
  assert.equal(segmentMatch(whole as Segment, scattered as Segment, defaultQuotesOptions), 0);
});

test('alignment groups by the representative and respects speakers', () => {
  const segments = segmentsOf(
    ['The ferry service will resume on all coastal routes', 'full', 'Ana Ruiz'],
    ['ferry services will resume on the coastal routes', 'full', 'Ruiz'],
    ['ferry services will resume on the coastal routes', 'full', 'Ben Ode'],
  );
  const groups = alignSegments(segments, defaultQuotesOptions);
  assert.equal(groups[0], groups[1]);
  assert.notEqual(groups[0], groups[2]);
});
