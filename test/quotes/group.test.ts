import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupQuotes } from '../../src/quotes/group.ts';
import { normalizeQuoteText, quoteStems, sameQuote, stem } from '../../src/quotes/normalize.ts';
import type { ArticleQuote } from '../../src/types.ts';

function quote(text: string, speaker: string | null, kind: 'full' | 'partial' = 'full'): ArticleQuote {
  return { id: text, text, kind, span: { start: 0, end: text.length }, speaker: speaker ? { name: speaker, entity: null, confidence: 0.9 } : null };
}

test('normalisation drops case and punctuation, keeps apostrophes in words', () => {
  assert.equal(normalizeQuoteText('“We’re READY,” ... really!'), "we're ready really");
});

test('light stems meet inflections and -ship', () => {
  assert.equal(stem('relations'), stem('relationship'));
  assert.notEqual(stem('harbour'), stem('harvest'));
});

test('wordings that differ in one derived word are the same quote', () => {
  assert.ok(sameQuote(quoteStems('we respect your relations with the northern league'), quoteStems('we respect your relationship with the northern league')));
  assert.ok(!sameQuote(quoteStems('the harbour opens in May'), quoteStems('the school closes in June')));
});

test('groupQuotes merges wordings across articles, longest first, others as variants', () => {
  const grouped = groupQuotes([
    { article: 'a1', quotes: [quote('Our ties are strong. We respect your relations with the northern league. That is fine.', 'Ana Ruiz')] },
    { article: 'a2', quotes: [quote('We respect your relationship with the northern league', 'Ruiz')] },
    { article: 'a3', quotes: [quote('The weather was poor all week long', 'Ben Ode')] },
  ]);
  assert.equal(grouped.length, 2);
  const first = grouped[0];
  assert.deepEqual(first?.articles, ['a1', 'a2']);
  assert.equal(first?.speaker?.name, 'Ana Ruiz');
  assert.match(first?.text ?? '', /^Our ties/);
  assert.deepEqual(first?.variants, [{ text: 'We respect your relationship with the northern league', articles: ['a2'] }]);
});

test('the same words from different speakers stay apart', () => {
  const grouped = groupQuotes([
    { article: 'a1', quotes: [quote('We will never give up on this town', 'Ana Ruiz')] },
    { article: 'a2', quotes: [quote('We will never give up on this town', 'Ben Ode')] },
  ]);
  assert.equal(grouped.length, 2);
});
