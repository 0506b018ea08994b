import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../src/nlp/model.ts';

const nlp = createNlp();

test('known words and stop words come from the model and are remembered', () => {
  assert.equal(nlp.isKnownWord('harbour'), true);
  assert.equal(nlp.isKnownWord('zqxvbrtq'), false);
  assert.equal(nlp.isStopWord('the'), true);
  assert.equal(nlp.isStopWord('harbour'), false);
  assert.equal(nlp.isStopWord('the'), true);
});

test('a given gazetteer is used as is', () => {
  const gazetteer = { places: new Map([['vestoria', 'Vestoria']]), demonyms: new Map(), demonymOf: new Map() };
  assert.equal(createNlp({ gazetteer }).gazetteer(), gazetteer);
});
