// The seed reports end to end: every direct quote with its right speaker, and the quote about
// respecting the relations with a third country found in three reports and grouped into one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultQuotesOptions, findQuotes, groupQuotes } from '../../src/quotes/index.ts';
import type { ArticleQuote } from '../../src/types.ts';
import { seedInput } from './_seeds.ts';

const found = (prefix: string): readonly ArticleQuote[] => findQuotes(seedInput(prefix), defaultQuotesOptions).quotes;
const surname = (q: ArticleQuote): string => q.speaker?.name.split(' ').pop() ?? '-';

test('seeds: full quotes are all attributed, to one of the two leaders by the cues in the text', () => {
  const expected: Record<string, string[]> = {
    '000': ['Sharif', 'Sharif'],
    '001': ['Putin', 'Putin', 'Sharif', 'Sharif', 'Sharif'],
    '002': [],
    '003': ['Sharif', 'Sharif', 'Modi'],
    '004': ['Sharif'],
  };
  for (const [prefix, speakers] of Object.entries(expected)) {
    assert.deepEqual(found(prefix).filter((q) => q.kind === 'full').map(surname), speakers, prefix);
  }
});

test('seeds: "he said" / "he told <listener>" resolve to the earlier subject, never the listener', () => {
  const quotes = found('001').filter((q) => q.kind === 'full');
  assert.equal(surname(quotes[0] as ArticleQuote), 'Putin');
  assert.equal(surname(quotes[quotes.length - 1] as ArticleQuote), 'Sharif');
});

test('seeds: partial quotes carry a speaker; short scare quotes are not speech', () => {
  for (const prefix of ['000', '001', '003', '004']) {
    for (const q of found(prefix)) assert.notEqual(q.speaker, null, `${prefix}: ${q.text}`);
  }
  const scare = findQuotes(seedInput('004'), defaultQuotesOptions).diagnostics.filter((d) => d.rule === 'scare-quote');
  assert.ok(scare.length >= 1);
});

test('seeds: the quote about respecting the relations is grouped across 000, 003 and 004 with variants', () => {
  const grouped = groupQuotes(['000', '001', '003', '004'].map((p) => ({ article: p, quotes: found(p) })));
  const relation = grouped.filter((g) => /respect your relation/i.test([g.text, ...g.variants.map((v) => v.text)].join(' ')));
  assert.equal(relation.length, 1);
  const only = relation[0];
  assert.deepEqual([...(only?.articles ?? [])].sort(), ['000', '003', '004']);
  assert.ok((only?.variants.length ?? 0) >= 1);
  assert.equal(only?.speaker?.name.split(' ').pop(), 'Sharif');
});
