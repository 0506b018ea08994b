import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteConflicts, toBriefQuotes } from '../../src/facts/quotes.ts';
import { makeArticle } from '../fixtures/facts/build.ts';

const a = makeArticle({ id: 'a', text: 'The minister said: "We will rebuild every school in the district."' });
const b = makeArticle({ id: 'b', text: 'She said: "We shall rebuild each school in the district."' });
const quotes = [
  {
    id: 'q1',
    speaker: { name: 'Rosa Lind', entity: null },
    text: 'We will rebuild every school in the district.',
    kind: 'full' as const,
    articles: ['a'],
    variants: [
      { text: 'We shall rebuild each school in the district.', articles: ['b'] },
      { text: 'We will rebuild every school in the district', articles: ['c'] },
    ],
  },
];

test('quotes map to the contract shape', () => {
  const [quote] = toBriefQuotes(quotes);
  assert.deepEqual(quote?.variants.length, 2);
  assert.equal(quote?.speaker?.name, 'Rosa Lind');
});

test('a variant with other words is a quote conflict; punctuation alone is not', () => {
  const found = quoteConflicts(quotes, [a, b]);
  assert.equal(found.length, 1);
  const conflict = found[0]?.conflict;
  assert.equal(conflict?.kind, 'quote');
  assert.equal(conflict?.positions.length, 2);
  assert.deepEqual(conflict?.positions[1]?.articles, ['b']);
});

test('only rewordings of one utterance are opposed: other things the speaker said and exact fragments are not', () => {
  const long = {
    id: 'q2',
    speaker: { name: 'Rosa Lind', entity: null },
    text: 'The harbour will reopen in spring. We respect your plans for the northern canal. Fishing crews need certainty.',
    kind: 'full' as const,
    articles: ['a'],
    variants: [
      { text: 'We fully respect your plan for the northern canal.', articles: ['b'] },
      { text: 'Fishing crews need certainty.', articles: ['c'] },
      { text: 'Taxes on ferry tickets must fall before the summer season.', articles: ['d'] },
    ],
  };
  const found = quoteConflicts([long], [a, b]);
  assert.equal(found.length, 1);
  const values = found[0]?.conflict.positions.map((p) => p.value);
  assert.deepEqual(values, ['We respect your plans for the northern canal.', 'We fully respect your plan for the northern canal.']);
  assert.match(found[0]?.conflict.about ?? '', /Rosa Lind/);
});
