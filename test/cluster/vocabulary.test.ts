import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDocument, createVocabulary, forgetTerms, heldTerms, idf, lookupTerm, termId, termIds } from '../../src/cluster/vocabulary.ts';

test('forgetTerms drops the stale terms not in use, keeps the rest, and reuses the smallest ids first', () => {
  const vocabulary = createVocabulary();
  addDocument(vocabulary, ['alpha', 'beta', 'gamma']); // document 1
  addDocument(vocabulary, ['beta']); // document 2
  addDocument(vocabulary, ['delta']); // document 3
  const [alpha, beta, gamma, delta] = ['alpha', 'beta', 'gamma', 'delta'].map((t) => termId(vocabulary, t));
  const inUse = new Uint8Array(vocabulary.terms.length);
  inUse[gamma!] = 1;
  // Stale: last counted before document 3. alpha is stale and unused; beta was seen at 2 (stale
  // too); gamma is in use; delta is recent.
  assert.equal(forgetTerms(vocabulary, inUse, 3), 2);
  assert.deepEqual(heldTerms(vocabulary).sort(), ['delta', 'gamma']);
  assert.equal(vocabulary.size, 2);
  assert.equal(lookupTerm(vocabulary, 'alpha'), -1);
  assert.equal(lookupTerm(vocabulary, 'gamma'), gamma);
  assert.equal(vocabulary.terms[alpha!], '');
  assert.equal(vocabulary.terms[beta!], '');
  // A forgotten term that comes back is new again (df 0), and takes the smallest free id.
  assert.equal(idf(vocabulary, 'alpha'), idf(vocabulary, 'never-seen'));
  assert.equal(termId(vocabulary, 'epsilon'), alpha);
  assert.equal(termId(vocabulary, 'alpha'), beta);
  assert.equal(termId(vocabulary, 'zeta'), 4);
  assert.equal(vocabulary.terms.length, 5);
  // Kept terms keep their ids and counts.
  assert.equal(termId(vocabulary, 'gamma'), gamma);
  assert.equal(vocabulary.df[delta!], 1);
});

test('the term index finds every term it holds through growth and forgetting, and a batch gets the ids one at a time would', () => {
  const one = createVocabulary();
  const batch = createVocabulary();
  const words = Array.from({ length: 20_000 }, (_, i) => `w${(i * 7919) % 20_000}`);
  const ids = new Int32Array(500);
  for (let from = 0; from < words.length; from += 500) {
    // Each batch repeats half of the previous one: known and new terms mixed.
    const part = words.slice(Math.max(0, from - 250), from + 250);
    termIds(batch, part, part.length, ids);
    part.forEach((word, i) => assert.equal(ids[i], termId(one, word), word));
  }
  assert.equal(batch.size, one.size);
  assert.ok(batch.slots.length / 3 >= 2 * batch.size, 'at most half the slots used');
  const inUse = new Uint8Array(batch.terms.length);
  for (let id = 0; id < inUse.length; id += 2) inUse[id] = 1;
  const forgotten = forgetTerms(batch, inUse, Number.POSITIVE_INFINITY);
  assert.equal(batch.size, one.size - forgotten);
  batch.terms.forEach((term, id) => {
    if (term !== '') assert.equal(lookupTerm(batch, term), id);
  });
  for (let id = 1; id < one.terms.length; id += 2) assert.equal(lookupTerm(batch, one.terms[id]!), -1);
});
