import { test } from 'node:test';
import assert from 'node:assert/strict';
import { standsAlone, supportedOnly } from '../../src/facts/summary.ts';
import { checkSupport } from '../../src/facts/support.ts';

const evidence = ['The council approved 12 new buses for the eastern routes on Friday.'];

test('a sentence made of its evidence words is supported', () => {
  assert.equal(checkSupport('The council approved 12 new buses.', evidence).supported, true);
});

test('a new word or number is not supported', () => {
  const result = checkSupport('The council rejected 15 new buses.', evidence);
  assert.equal(result.supported, false);
  assert.ok(result.unsupported.includes('15'));
  assert.ok(result.unsupported.some((w) => w.startsWith('reject')));
});

test('an unsupported summary sentence is refused with a diagnostic', () => {
  const sentences = [
    { text: 'The council approved 12 new buses for the eastern routes.', facts: ['f1'], articles: ['a'] },
    { text: 'The council cancelled every tram line in the city.', facts: ['f1'], articles: ['a'] },
  ];
  const result = supportedOnly(sentences, () => evidence);
  assert.equal(result.summary.length, 1);
  assert.equal(result.diagnostics[0]?.rule, 'unsupported-summary');
  assert.equal(result.diagnostics[0]?.source, 'facts');
});

test('a summary sentence stands alone unless it opens with or leans on a reference to what came before', () => {
  assert.equal(standsAlone('The council approved 12 new buses for the eastern routes.'), true);
  assert.equal(standsAlone('The council approved more buses this year than in any year before.'), true);
  assert.equal(standsAlone('They approved 12 new buses for the eastern routes.'), false);
  assert.equal(standsAlone('By approving the buses, the council signalled a clear intent to sustain this momentum.'), false);
  assert.equal(standsAlone('The council said these plans would be ready by the spring.'), false);
});
