import { test } from 'node:test';
import assert from 'node:assert/strict';
import { featureSpace, similarity } from '../../src/facts/similarity.ts';
import type { ClaimUnit } from '../../src/facts/model.ts';

/** Only the fields the feature space reads. */
const unit = (keyTerms: string[], quotedTerms: string[] = []): ClaimUnit =>
  ({ keyTerms, quotedTerms, entities: [], dates: [], numbers: [] }) as unknown as ClaimUnit;

test('words two units have only inside quotation marks count as one shared term: a phrase both quote is not a predicate', () => {
  const quotedBoth = featureSpace([unit(['balanc', 'act', 'region'], ['balanc', 'act', 'region']), unit(['balanc', 'act', 'shift'], ['balanc', 'act'])]);
  const scored = similarity(quotedBoth.vectors[0]!, quotedBoth.vectors[1]!, quotedBoth);
  assert.equal(scored.sharedTerms, 1);
  // The same words, stated by one of them in its own words: two shared terms.
  const ownWords = featureSpace([unit(['balanc', 'act', 'region'], ['balanc', 'act', 'region']), unit(['balanc', 'act', 'shift'])]);
  assert.equal(similarity(ownWords.vectors[0]!, ownWords.vectors[1]!, ownWords).sharedTerms, 2);
  // The score itself does not change: only the count of shared predicate words does.
  assert.equal(scored.score, similarity(ownWords.vectors[0]!, ownWords.vectors[1]!, ownWords).score);
});
