import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeStory, defaultFactsOptions } from '../../src/facts/index.ts';
import { makeArticle, makeStory, type EntitySpec } from '../fixtures/facts/build.ts';

const entities: EntitySpec[] = [
  { name: 'Tove Marsk', type: 'person', aliases: ['Marsk'] },
  { name: 'Elan Prus', type: 'person', aliases: ['Prus'] },
  { name: 'Varnia', type: 'place' },
  { name: 'Kolstad', type: 'place' },
];

/** Four invented reports of a funding pact; the last one leads with a different count. */
const pact = makeStory([
  makeArticle({ id: 'gull', publishedAt: '2032-06-01', entities, text:
    'Varnia and Kolstad signed a river pact on Monday after long talks in the capital.\n' +
    'Under the pact, the two states will fund 30 joint dredging projects along the delta.' }),
  makeArticle({ id: 'tern', publishedAt: '2032-06-01', entities, text:
    'The pact commits both states to thirty joint dredging projects and a ferry link.\n' +
    'River freight fell by 8 percent last year, Marsk said.' }),
  makeArticle({ id: 'kite', publishedAt: '2032-06-02', entities, text:
    'Varnia and Kolstad agreed on Monday to fund 45 joint river dredging projects, a deal that port owners hope will revive freight.\n' +
    'Prus noted that river freight fell by 8% last year.' }),
]);

test('different counts of the same thing in different articles are a number conflict', () => {
  const result = analyzeStory(pact, defaultFactsOptions);
  const conflicts = result.conflicts.filter((c) => c.kind === 'number');
  assert.equal(conflicts.length, 1, JSON.stringify(conflicts.map((c) => c.positions.map((p) => p.value))));
  const [conflict] = conflicts;
  assert.match(conflict?.about ?? '', /projects/);
  assert.equal(conflict?.evolving, false);
  const byValue = new Map(conflict?.positions.map((p) => [p.value.split(' ')[0], p]));
  assert.deepEqual(new Set(byValue.get('30')?.articles), new Set(['gull', 'tern']), '"thirty" and "30" are one position');
  assert.deepEqual(byValue.get('45')?.articles, ['kite']);
  assert.ok(conflict?.positions.every((p) => p.evidence.length > 0 && p.evidence.every((e) => /\d|thirty/.test(e.sentence))));
  const disputed = result.facts.filter((f) => f.status === 'disputed');
  assert.ok(disputed.some((f) => f.evidence.some((e) => e.article === 'kite' && e.sentence.includes('45'))));
  assert.ok(disputed.some((f) => f.evidence.some((e) => e.article === 'gull' && e.sentence.includes('30'))));
  assert.ok(result.summary.every((s) => !/\b(?:30|45|thirty)\b/i.test(s.text)), 'the summary states no contested count');
  assert.doesNotMatch(result.headline, /\b(?:30|45|thirty)\b/i, 'the headline states no contested count');
});

test('equal values written differently and counts of different things are no conflict', () => {
  const result = analyzeStory(pact, defaultFactsOptions);
  assert.ok(!result.conflicts.some((c) => c.about.includes('percent')), '8 percent and 8% agree');
  const quake = makeStory([
    makeArticle({ id: 'a', publishedAt: '2032-01-01', entities, text: 'The storm killed 4 fishermen near Varnia on Sunday night.' }),
    makeArticle({ id: 'b', publishedAt: '2032-01-01', entities, text: 'In Varnia 11 fishermen were injured when the storm hit on Sunday night.' }),
  ]);
  assert.deepEqual(analyzeStory(quake, defaultFactsOptions).conflicts.filter((c) => c.kind === 'number'), []);
});

test('a toll that only grows with later reports is evolving, positions in report order', () => {
  const report = (id: string, day: string, text: string) => makeArticle({ id, publishedAt: day, entities, text });
  const story = makeStory([
    report('late', '2032-03-03', 'Rescuers in Kolstad said 23 people were killed by the mudslide.'),
    report('early', '2032-03-01', 'The mudslide in Kolstad killed 5 people, officials said.'),
    report('middle', '2032-03-02', 'Officials said 14 people died after the mudslide hit Kolstad.'),
  ]);
  const [conflict] = analyzeStory(story, defaultFactsOptions).conflicts.filter((c) => c.kind === 'number');
  assert.ok(conflict, 'no toll conflict');
  assert.equal(conflict.evolving, true);
  assert.deepEqual(conflict.positions.map((p) => p.articles[0]), ['early', 'middle', 'late']);
  const falling = makeStory([
    report('first', '2032-03-01', 'The mudslide in Kolstad killed 9 people, officials said.'),
    report('second', '2032-03-02', 'Rescuers said 6 people were killed by the mudslide in Kolstad.'),
  ]);
  const [disagreement] = analyzeStory(falling, defaultFactsOptions).conflicts.filter((c) => c.kind === 'number');
  assert.equal(disagreement?.evolving, false, 'a toll that falls is a disagreement');
});
