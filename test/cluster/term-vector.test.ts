import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clearProbe, createProbe, probeCosines, profileCosines, profileOf, spreadProbe } from '../../src/cluster/term-vector.ts';
import { addDocument, createVocabulary } from '../../src/cluster/vocabulary.ts';

const counts = (words: Record<string, number>, entities: Record<string, number> = {}, years: Record<string, number> = {}) => ({
  words: new Map(Object.entries(words)),
  entities: new Map(Object.entries(entities)),
  years: new Map(Object.entries(years)),
});

test('a spread probe scores a centroid exactly as the merge of the two vectors does, and clears to zero', () => {
  const vocabulary = createVocabulary();
  const article = counts({ ferry: 2, fire: 1, harbour: 1.5 }, { '@calder lines': 1 }, { '#2011': 1 });
  const story = counts({ ferry: 4, capsize: 2, harbour: 1, lake: 3 }, { '@calder lines': 2, '@oslo': 1 }, { '#2012': 1 });
  const other = counts({ quake: 3, toll: 1 });
  for (const c of [article, story, other]) addDocument(vocabulary, [...c.words.keys(), ...c.entities.keys(), ...c.years.keys()]);
  const probe = profileOf(vocabulary, article);
  const dense = createProbe(64);
  spreadProbe(dense, probe);
  for (const c of [story, other]) {
    const centroid = profileOf(vocabulary, c);
    assert.deepEqual(probeCosines(dense, probe, centroid), profileCosines(probe, centroid));
  }
  assert.ok(probeCosines(dense, probe, profileOf(vocabulary, story)).words > 0);
  clearProbe(dense, probe);
  assert.ok(dense.weights.every((x) => x === 0));
  assert.ok(dense.bits.every((x) => x === 0));
});
