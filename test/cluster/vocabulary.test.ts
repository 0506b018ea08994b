import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDocument, createVocabulary, forgetTerms, idf, termId } from '../../src/cluster/vocabulary.ts';

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
  assert.deepEqual([...vocabulary.ids.keys()].sort(), ['delta', 'gamma']);
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
