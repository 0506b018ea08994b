import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countSources, ftsQuery, storyRowOf } from '../../src/store/rows.ts';
import { makeArticle, makeBrief } from './_fixtures.ts';

const a = makeArticle({ text: 'The bridge over the Varn river reopened on Tuesday.', source: 'Valley Post' });
const b = makeArticle({ text: 'Traffic returned to the Varn bridge after six months of repairs.', source: 'valley post ' });
const c = makeArticle({ text: 'Engineers said the Varn bridge repairs cost 4 million.', source: null });
const d = makeArticle({ text: 'Engineers said the Varn bridge repairs cost 4 million crowns.', source: 'Hill Gazette' });

test('sources: one per outlet (case and spaces ignored), an unknown outlet counts alone, duplicates not at all', () => {
  const brief = makeBrief({ id: 's1', headline: 'Bridge reopens', articles: [a, b, c, d], duplicates: { [d.id]: c.id } });
  assert.equal(countSources(brief), 2);
});

test('a stories@1 row counts articles and facts by status', () => {
  const brief = makeBrief({
    id: 's1',
    headline: 'Bridge reopens',
    articles: [a, b, c],
    facts: [
      { text: 'The bridge reopened.', status: 'corroborated' },
      { text: 'Repairs cost 4 million.', status: 'disputed' },
      { text: 'Repairs took six months.', status: 'corroborated' },
      { text: 'Traffic returned.', status: 'single-source' },
    ],
  });
  const row = storyRowOf(brief, '2031-04-03T10:00:00.000Z');
  assert.deepEqual(row, {
    id: 's1',
    headline: 'Bridge reopens',
    eventDate: { value: '2031-04-01', precision: 'day' },
    articles: 3,
    sources: 2,
    corroborated: 2,
    disputed: 1,
    updatedAt: '2031-04-03T10:00:00.000Z',
  });
});

test('search words become quoted FTS terms; syntax characters stay inert', () => {
  assert.equal(ftsQuery('bridge repairs'), '"bridge" "repairs"');
  assert.equal(ftsQuery('"NEAR(a b)" OR *x'), '"NEAR" "a" "b" "OR" "x"');
  assert.equal(ftsQuery('Tomás 2031'), '"Tomás" "2031"');
  assert.equal(ftsQuery('  -- !! '), null);
});
