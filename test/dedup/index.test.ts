import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addToDedupIndex, createDedupIndex, findDuplicates } from '../../src/dedup/index.ts';
import { fixture, seedArticles } from './_fixtures.ts';

const original = fixture('wire-original');

test('a wire story reprinted by two outlets is a duplicate of the first copy seen', () => {
  const verdicts = findDuplicates([original, fixture('wire-copy-outlet-a'), fixture('wire-copy-outlet-b')]);
  assert.equal(verdicts.get('wire-original')?.duplicateOf, null);
  assert.equal(verdicts.get('wire-copy-outlet-a')?.duplicateOf, 'wire-original');
  assert.equal(verdicts.get('wire-copy-outlet-b')?.duplicateOf, 'wire-original');
  assert.equal(verdicts.get('wire-copy-outlet-a')?.diagnostics[0]?.rule, 'wire-copy');
});

test('a light rewrite is a duplicate, with its similarity', () => {
  const verdict = findDuplicates([original, fixture('light-rewrite')]).get('light-rewrite');
  assert.equal(verdict?.duplicateOf, 'wire-original');
  assert.equal(verdict?.derivedFrom, null);
  assert.ok(verdict !== undefined && verdict.similarity > 0.6 && verdict.similarity < 1);
  assert.equal(verdict?.diagnostics[0]?.rule, 'near-duplicate');
});

test('an article built from passages of another plus new text is derived, not a duplicate', () => {
  const verdict = findDuplicates([original, fixture('derived-analysis')]).get('derived-analysis');
  assert.equal(verdict?.duplicateOf, null);
  assert.equal(verdict?.derivedFrom, 'wire-original');
  assert.equal(verdict?.diagnostics[0]?.rule, 'derived-copy');
});

test('derived and duplicate links point to the original, not to a copy of it', () => {
  const verdicts = findDuplicates([original, fixture('light-rewrite'), fixture('derived-analysis')]);
  assert.equal(verdicts.get('derived-analysis')?.derivedFrom, 'wire-original');
});

test('an exact copy (other spacing and punctuation) is an exact duplicate', () => {
  const copy = { ...original, id: 'copy', text: `  ${original.text.replace(/ /g, '  ').replace(/"/g, '\u201d')}\n` };
  const verdict = findDuplicates([original, copy]).get('copy');
  assert.equal(verdict?.duplicateOf, 'wire-original');
  assert.equal(verdict?.similarity, 1);
  assert.equal(verdict?.diagnostics[0]?.rule, 'exact-duplicate');
});

test('a different event with similar words is neither duplicate nor derived', () => {
  const verdict = findDuplicates([original, fixture('unrelated-similar')]).get('unrelated-similar');
  assert.deepEqual(verdict, { duplicateOf: null, derivedFrom: null, similarity: 0, diagnostics: [] });
});

test('the seed reports of one story contain no duplicates and no derived copies', () => {
  for (const [id, verdict] of findDuplicates(seedArticles())) {
    assert.equal(verdict.duplicateOf, null, id);
    assert.equal(verdict.derivedFrom, null, id);
  }
});

test('the streaming index gives the same verdicts as the batch helper', () => {
  const articles = [original, fixture('light-rewrite'), fixture('derived-analysis'), fixture('unrelated-similar')];
  const index = createDedupIndex();
  const streamed = articles.map((a) => addToDedupIndex(index, a));
  const batch = findDuplicates(articles);
  assert.deepEqual(streamed, articles.map((a) => batch.get(a.id)));
});

test('empty texts are never duplicates of each other', () => {
  const empty = { ...original, id: 'e1', text: '' };
  const verdicts = findDuplicates([empty, { ...empty, id: 'e2' }]);
  assert.equal(verdicts.get('e2')?.duplicateOf, null);
});

test('a stricter threshold turns the light rewrite into a mere derived copy', () => {
  const options = { duplicateThreshold: 0.95, rewriteContainment: 0.95, trimmedCopyContainment: 0.95 };
  const verdict = findDuplicates([original, fixture('light-rewrite')], options).get('light-rewrite');
  assert.equal(verdict?.duplicateOf, null);
  assert.equal(verdict?.derivedFrom, 'wire-original');
});
