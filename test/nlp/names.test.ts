import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abbreviates, canonicalName, isAcronym, nameKey, stripPossessive } from '../../src/nlp/names.ts';

test('keys fold case, possessives, dots and -ise/-ize spellings', () => {
  assert.equal(nameKey('Atlantic Fisheries Organization'), nameKey('Atlantic Fisheries Organisation'));
  assert.equal(nameKey('Okonkwo’s'), 'okonkwo');
  assert.equal(nameKey('U.K.'), 'uk');
  assert.equal(stripPossessive("Delegates'"), 'Delegates');
});

test('acronyms and what they abbreviate', () => {
  assert.ok(isAcronym('NATO'));
  assert.ok(isAcronym('U.N.'));
  assert.ok(!isAcronym('Nato'));
  assert.ok(!isAcronym('A'));
  assert.ok(abbreviates('AFO', 'Atlantic Fisheries Organisation'));
  assert.ok(abbreviates('IMF', 'International Monetary Fund'));
  assert.ok(!abbreviates('WHO', 'International Monetary Fund'));
});

test('the canonical form is the longest, then the most frequent', () => {
  assert.equal(canonicalName(['Okonkwo', 'Ada Okonkwo', 'Okonkwo']), 'Ada Okonkwo');
  assert.equal(canonicalName(['Blue Organization', 'Blue Organisation', 'Blue Organisation']), 'Blue Organisation');
});
