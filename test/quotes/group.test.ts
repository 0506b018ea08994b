import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupQuotes } from '../../src/quotes/group.ts';
import { normalizeQuoteText, quoteStems, sameQuote, stem } from '../../src/quotes/normalize.ts';
import type { ArticleQuote, StoryQuote } from '../../src/types.ts';

function quote(text: string, speaker: string | null, kind: 'full' | 'partial' = 'full'): ArticleQuote {
  return { id: text, text, kind, span: { start: 0, end: text.length }, speaker: speaker ? { name: speaker, entity: null, confidence: 0.9 } : null };
}

const mentioning = (grouped: readonly StoryQuote[], pattern: RegExp): StoryQuote[] =>
  grouped.filter((g) => pattern.test([g.text, ...g.variants.map((v) => v.text)].join(' | ')));

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

test('the aligned sentence of a long quote becomes one story quote; the rest stays a quote of its own', () => {
  const grouped = groupQuotes([
    { article: 'a1', quotes: [quote('Our ties are strong. We respect your relations with the northern league. The harbour opens soon.', 'Ana Ruiz')] },
    { article: 'a2', quotes: [quote('We respect your relationship with the northern league', 'Ruiz')] },
    { article: 'a3', quotes: [quote('The weather was poor all week long', 'Ben Ode')] },
  ]);
  assert.deepEqual(grouped.map((g) => g.text), [
    'Our ties are strong.',
    'We respect your relations with the northern league.',
    'The harbour opens soon.',
    'The weather was poor all week long',
  ]);
  const shared = grouped[1];
  assert.deepEqual(shared?.articles, ['a1', 'a2']);
  assert.equal(shared?.speaker?.name, 'Ana Ruiz');
  assert.deepEqual(shared?.variants, [{ text: 'We respect your relationship with the northern league', articles: ['a2'] }]);
});

// An invented story: three outlets report one utterance of a mayor, each inside a different longer
// quote, two of them in the same wording; the mayor's other, unrelated sentences stay apart.
const story = [
  { article: 'north', quotes: [
    quote('The bridge has served us for fifty years. We will rebuild the old river bridge before winter. Nobody will be left without a crossing. I thank the engineers for their patience.', 'Lena Marsh'),
    quote('a stubborn old structure', 'Lena Marsh', 'partial'),
  ] },
  { article: 'east', quotes: [
    quote('I know the delays hurt. We will rebuild the old river bridge before winter ... and nobody will be left without any crossing.', 'Marsh'),
    quote('We expect the budget vote next month.', 'Marsh'),
  ] },
  { article: 'south', quotes: [
    quote('We will rebuild the old river bridge before winter. Nobody will be left without a crossing.', 'Lena Marsh'),
    quote('river bridge', 'Lena Marsh', 'partial'),
  ] },
];

test('one utterance in two wordings inside different longer quotes: one story quote over three outlets', () => {
  const grouped = groupQuotes(story);
  const rebuild = mentioning(grouped, /rebuild/);
  assert.equal(rebuild.length, 1);
  const only = rebuild[0] as StoryQuote;
  assert.deepEqual([...only.articles].sort(), ['east', 'north', 'south']);
  assert.equal(only.text, 'We will rebuild the old river bridge before winter. Nobody will be left without a crossing.');
  assert.deepEqual(only.variants, [
    { text: 'We will rebuild the old river bridge before winter ... and nobody will be left without any crossing.', articles: ['east'] },
    { text: 'river bridge', articles: ['south'] },
  ]);
  assert.equal(only.kind, 'full');
});

test('unrelated utterances of the same speaker stay separate quotes', () => {
  const grouped = groupQuotes(story);
  for (const pattern of [/fifty years/, /engineers/, /delays hurt/, /budget vote/, /stubborn/]) {
    const hits = mentioning(grouped, pattern);
    assert.equal(hits.length, 1, String(pattern));
    assert.equal(hits[0]?.articles.length, 1, String(pattern));
    assert.doesNotMatch(hits[0]?.text ?? '', /rebuild/, String(pattern));
  }
  assert.equal(mentioning(grouped, /fifty years/)[0]?.text, 'The bridge has served us for fifty years.');
});

test('a short fragment joins a sentence only when written in it verbatim', () => {
  const grouped = groupQuotes(story);
  const fragment = grouped.filter((g) => g.variants.some((v) => v.text === 'river bridge') || g.text === 'river bridge');
  assert.equal(fragment.length, 1);
  assert.match(fragment[0]?.text ?? '', /rebuild the old river bridge/);
  const loose = groupQuotes([
    { article: 'a1', quotes: [quote('The bridge is a stubborn old structure that we will replace.', 'Lena Marsh')] },
    { article: 'a2', quotes: [quote('stubborn structure', 'Lena Marsh', 'partial')] },
  ]);
  assert.equal(loose.length, 2);
});

test('two short partial quotes of one phrase meet when one holds all the other\u2019s words', () => {
  const grouped = groupQuotes([
    { article: 'a1', quotes: [quote('a very capable mediator', 'Ben Ode', 'partial')] },
    { article: 'a2', quotes: [quote('a capable mediator', 'Ode', 'partial')] },
  ]);
  assert.equal(grouped.length, 1);
  assert.equal(grouped[0]?.text, 'a very capable mediator');
  assert.equal(grouped[0]?.kind, 'partial');
});

test('no chaining through a hub: two quotes that each overlap a long one but not each other stay apart', () => {
  const grouped = groupQuotes([
    { article: 'a1', quotes: [quote('Schools reopen on Monday across the northern district. Hospitals will receive extra generators from the army.', 'Ana Ruiz')] },
    { article: 'a2', quotes: [quote('Schools reopen on Monday across the district', 'Ruiz')] },
    { article: 'a3', quotes: [quote('Hospitals will receive extra generators', 'Ruiz')] },
  ]);
  const schools = mentioning(grouped, /Schools/);
  const hospitals = mentioning(grouped, /Hospitals/);
  assert.equal(schools.length, 1);
  assert.equal(hospitals.length, 1);
  assert.notEqual(schools[0], hospitals[0]);
  assert.deepEqual(schools[0]?.articles, ['a1', 'a2']);
  assert.deepEqual(hospitals[0]?.articles, ['a1', 'a3']);
});

test('the same words from different speakers stay apart', () => {
  const grouped = groupQuotes([
    { article: 'a1', quotes: [quote('We will never give up on this town', 'Ana Ruiz')] },
    { article: 'a2', quotes: [quote('We will never give up on this town', 'Ben Ode')] },
  ]);
  assert.equal(grouped.length, 2);
});

test('grouping is deterministic and keeps every article of the input', () => {
  const first = groupQuotes(story);
  assert.deepEqual(groupQuotes(story), first);
  const articles = new Set(first.flatMap((g) => g.articles));
  assert.deepEqual([...articles].sort(), ['east', 'north', 'south']);
});
