import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addToDedupIndex, createDedupIndex, findDuplicates } from '../../src/dedup/index.ts';
import { dayOf, sweepInterval } from '../../src/dedup/window.ts';
import { postedOrdinals } from '../../src/dedup/ordinal-index.ts';
import type { DedupInput } from '../../src/dedup/index.ts';

/** An invented article of `n` distinct filler words (no two texts share a shingle unless copied). */
function article(id: string, publishedAt: string | null, text: string): DedupInput {
  return { id, text, title: null, source: null, wire: null, publishedAt };
}

function filler(seed: number, words = 60): string {
  return Array.from({ length: words }, (_, i) => `w${seed}x${i}`).join(' ');
}

const story = `${filler(-1)} and the harbour authority closed the northern quay for the night`;

/** Adds `count` unrelated articles dated `date`, enough to trigger sweeps. */
function addFillers(index: ReturnType<typeof createDedupIndex>, count: number, date: string | null): void {
  for (let i = 0; i < count; i++) addToDedupIndex(index, article(`f-${date}-${i}`, date, filler(i + (date === null ? 0 : 10_000))));
}

test('dayOf reads the date part of ISO dates', () => {
  assert.equal(dayOf('1970-01-03'), 2);
  assert.equal(dayOf('1970-01-03T10:00:00Z'), 2);
  assert.equal(dayOf(null), null);
  assert.equal(dayOf('soon'), null);
});

test('a reprint within the window is still found after sweeps', () => {
  const index = createDedupIndex({ windowDays: 14 });
  addToDedupIndex(index, article('original', '2026-03-01', story));
  addFillers(index, sweepInterval * 2, '2026-03-10');
  const verdict = addToDedupIndex(index, article('reprint', '2026-03-10', story));
  assert.equal(verdict.duplicateOf, 'original');
});

test('articles older than the window leave the index: shingles, buckets and exact key', () => {
  const index = createDedupIndex({ windowDays: 14, keepRecentArticles: 0 });
  addToDedupIndex(index, article('original', '2026-03-01', story));
  const keys = index.articles[0]!.bandKeys;
  assert.ok(keys.every((key) => postedOrdinals(index.buckets, key).includes(0)));
  addFillers(index, sweepInterval * 2, '2026-04-01');
  assert.equal(index.articles[0]!.shingles.length, 0);
  assert.ok(!index.live.includes(0));
  for (const key of keys) assert.ok(!postedOrdinals(index.buckets, key).includes(0));
  const late = addToDedupIndex(index, article('late-copy', '2026-04-01', story));
  assert.equal(late.duplicateOf, null);
});

test('undated articles: only the most recent maxUndatedArticles stay', () => {
  const index = createDedupIndex({ maxUndatedArticles: 10, keepRecentArticles: 0 });
  addToDedupIndex(index, article('original', null, story));
  addFillers(index, sweepInterval * 2, null);
  assert.ok(index.live.length <= 10 + sweepInterval);
  assert.equal(addToDedupIndex(index, article('copy', null, story)).duplicateOf, null);
  const recent = createDedupIndex({ maxUndatedArticles: 10_000 });
  addToDedupIndex(recent, article('original', null, story));
  addFillers(recent, sweepInterval * 2, null);
  assert.equal(addToDedupIndex(recent, article('copy', null, story)).duplicateOf, 'original');
});

test('the latest arrivals stay whatever their dates (a stream out of date order)', () => {
  const index = createDedupIndex({ windowDays: 14, keepRecentArticles: sweepInterval * 4 });
  addFillers(index, sweepInterval, '2026-04-01');
  addToDedupIndex(index, article('older', '2026-03-01', story));
  addFillers(index, sweepInterval * 2, '2026-04-01');
  assert.equal(addToDedupIndex(index, article('older-copy', '2026-03-01', story)).duplicateOf, 'older');
});

test('findDuplicates keeps a whole batch whatever its date order', () => {
  const fillers = Array.from({ length: sweepInterval * 2 }, (_, i) => article(`f${i}`, '2026-04-01', filler(i)));
  const batch = [article('older', '2026-03-01', story), ...fillers, article('older-copy', '2026-03-01', story)];
  assert.equal(findDuplicates(batch).get('older-copy')?.duplicateOf, 'older');
  assert.equal(findDuplicates(batch, { keepRecentArticles: 0 }).get('older-copy')?.duplicateOf, null);
});
