import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeStory, defaultFactsOptions } from '../../src/facts/index.ts';
import { makeArticle, makeStory, type EntitySpec } from '../fixtures/facts/build.ts';

const people: EntitySpec[] = [
  { name: 'Mara Quell', type: 'person', aliases: ['Quell'] },
  { name: 'Oren Talbot', type: 'person', aliases: ['Talbot'] },
  { name: 'Ilse Varga', type: 'person', aliases: ['Varga'] },
];
const places: EntitySpec[] = [{ name: 'Dunmoor', type: 'place' }, { name: 'Halbrook', type: 'place' }];
const entities = [...people, ...places];

/** Three invented reports of one meeting: a long lead that mentions everything, and separate claims. */
const context = makeStory([
  makeArticle({
    id: 'north', publishedAt: '2031-02-03', entities,
    text:
      'During a visit to Halbrook, Governor Mara Quell said that Dunmoor respects the river treaty but wants a new canal toll.\n' +
      'Quell praised Talbot for his personal commitment to the canal reopening.\n' +
      'The two leaders also discussed grain exports, fishing quotas and winter ferry schedules.',
  }),
  makeArticle({
    id: 'south', publishedAt: '2031-02-03', entities,
    text:
      'Governor Mara Quell met Minister Oren Talbot in Halbrook where they discussed trade.\n' +
      'Talbot reaffirmed his commitment to keeping the canal reopening on schedule.\n' +
      'Quell and Talbot talked about grain exports, fishing quotas and winter ferry schedules.',
  }),
  makeArticle({
    id: 'east', publishedAt: '2031-02-03', entities,
    text:
      'Parallel to the Quell visit, Minister Ilse Varga held talks with Talbot on a separate railway plan.\n' +
      'Quell insisted that Dunmoor respects the river treaty and still wants a new canal toll.',
  }),
]);
const facts = analyzeStory(context, defaultFactsOptions);

function factOf(article: string, words: string) {
  return facts.facts.find((f) => f.evidence.some((e) => e.article === article && e.sentence.includes(words)));
}

test('a long lead does not chain different claims through itself', () => {
  const lead = factOf('north', 'respects the river treaty');
  assert.ok(lead, 'no fact for the lead');
  assert.ok(!lead.articles.includes('south'), 'the meeting sentence is another claim');
  assert.ok(lead.evidence.every((e) => !e.sentence.includes('Ilse Varga')), 'another person’s talks are another claim');
  assert.ok(lead.articles.includes('east'), 'the same statement in other words is aligned');
});

test('different people doing the same thing are different claims', () => {
  const praise = factOf('north', 'personal commitment');
  assert.ok(praise);
  assert.ok(!praise.articles.includes('south'));
});

test('a paraphrase with shared predicate words is still aligned', () => {
  const talks = factOf('north', 'grain exports');
  assert.deepEqual(new Set(talks?.articles), new Set(['north', 'south']));
});
