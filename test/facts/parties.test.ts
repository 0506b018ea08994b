import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeStory, defaultFactsOptions } from '../../src/facts/index.ts';
import { makeArticle, makeStory, type EntitySpec } from '../fixtures/facts/build.ts';

const entities: EntitySpec[] = [
  { name: 'Ines Corva', type: 'person', aliases: ['Corva'] },
  { name: 'Pavel Drost', type: 'person', aliases: ['Drost'] },
  { name: 'Yusuf Amari', type: 'person', aliases: ['Amari'] },
  { name: 'Valdora', type: 'place' },
  { name: 'Kestria', type: 'place' },
  { name: 'Merrow', type: 'place' },
  { name: 'Port Lune', type: 'place' },
  { name: 'Lune Shipyards', type: 'organization' },
];
const report = (id: string, text: string) => makeArticle({ id, publishedAt: '2031-05-02', entities, text });

/** Five invented reports of one summit meeting: the same claims told with different verbs. */
const story = makeStory([
  report('alpha',
    'Ines Corva and Pavel Drost met on Monday on the sidelines of the harbour summit.\n' +
    'In May, Valdora and Kestria agreed to rebuild and enlarge the Lune Shipyards in Port Lune, first opened long ago.\n' +
    'Corva said that Valdora respects the ties of Kestria with Merrow but wants closer trade with Kestria too.\n' +
    'In a separate session, Corva also met with Merrow leader Yusuf Amari, and both voiced satisfaction with cooperation across all areas.'),
  report('beta',
    'Ines Corva on Monday called on Pavel Drost where they reviewed regional challenges.\n' +
    'She noted that investment in the planned Lune Shipyards flagship works in Port Lune would stand as a symbol of friendship.\n' +
    'They agreed that relations between Valdora and Kestria rest on mutual trust, respect and warmth.\n' +
    'Drost reaffirmed the commitment of Kestria to cooperation with Valdora across various areas.'),
  report('gamma',
    'At the harbour summit, Corva engaged in a long dialogue with Pavel Drost about fishing rights.\n' +
    'Corva stressed that Valdora respected the longstanding ties of Kestria with Merrow.'),
  report('delta', 'Valdora and Kestria expect grain trade between them to grow, Drost told Corva at a dinner.'),
  report('epsilon', 'Corva thanked Drost for the support of Kestria, officials in Valdora said after the summit dinner.'),
]);
const facts = analyzeStory(story, defaultFactsOptions);

function factOf(article: string, words: string) {
  const fact = facts.facts.find((f) => f.evidence.some((e) => e.article === article && e.sentence.includes(words)));
  assert.ok(fact, `no fact with "${words}"`);
  return fact;
}

test('a rare named facility and its city tie two claims whatever their verbs', () => {
  assert.deepEqual(new Set(factOf('alpha', 'Lune Shipyards').articles), new Set(['alpha', 'beta']));
});

test('"met", "called on" and "engaged in dialogue" between the two main people are one meeting', () => {
  assert.deepEqual(new Set(factOf('alpha', 'met on Monday').articles), new Set(['alpha', 'beta', 'gamma']));
});

test('ties with a third party need that party: a claim without it is another claim', () => {
  const ties = factOf('alpha', 'respects the ties');
  assert.ok(ties.articles.includes('gamma'), 'the same claim in other words is aligned');
  assert.ok(!ties.articles.includes('beta'), 'mutual respect between the two sides is another claim');
});

test('a meeting with another leader is not the main pair’s claim', () => {
  const other = factOf('alpha', 'Yusuf Amari');
  assert.deepEqual(other.articles, ['alpha']);
  assert.ok(!factOf('alpha', 'met on Monday').evidence.some((e) => e.sentence.includes('Amari')));
});
