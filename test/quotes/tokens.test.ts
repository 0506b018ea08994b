import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexiconFlags, plainWordFlags } from '../../src/quotes/_lexicon.ts';
import { capital, possessive, pronoun, readWords, role, tokenAt, wordLower, wordText } from '../../src/quotes/tokens.ts';

const words = (text: string): string[] => {
  const w = readWords(text);
  return Array.from({ length: w.count }, (_, i) => wordText(w, i));
};

test('words join over apostrophes, inner stops, hyphens and ampersands', () => {
  assert.deepEqual(words("Mr. Lee-Roe didn’t visit the U.S. or AT&T, he said."), ['Mr.', 'Lee-Roe', 'didn’t', 'visit', 'the', 'U.S.', 'or', 'AT&T', 'he', 'said']);
});

test('a full stop stays only after an honorific, an initial or an acronym', () => {
  assert.deepEqual(words('Dr. J. Quill left. Then Gen. Ash spoke.'), ['Dr.', 'J.', 'Quill', 'left', 'Then', 'Gen.', 'Ash', 'spoke']);
});

test('curly quotes and dashes separate words; letters outside ASCII do not', () => {
  assert.deepEqual(words('“Café—naïve”'), ['Café', 'naïve']);
});

test('a lower-case word gets the same bits with or without a form', () => {
  const w = readWords('the spokesman said he would go, Mayor Vance’s aide and he’s here');
  const flagsOf = (i: number): number => w.flags[i] as number;
  assert.equal(w.form[0], -1);
  assert.equal(wordLower(w, 1), 'spokesman');
  assert.ok((flagsOf(1) & role) !== 0);
  assert.ok((flagsOf(3) & pronoun) !== 0);
  const vance = tokenAt(w, 7);
  assert.equal(vance.text, 'Vance’s');
  assert.ok((vance.flags & capital) !== 0 && (vance.flags & possessive) !== 0);
  assert.equal(tokenAt(w, 1).lower, 'spokesman');
});

test('plainWordFlags agrees with lexiconFlags on lower-case ASCII words and refuses the rest', () => {
  const samples = ['the', 'mr.', 'mr', 'president', 'he', 'zebra', 'x', 'spokes', 'co-founder', 'a.m', '2016', 'it', 'sen.', 'prime'];
  for (const word of samples) assert.equal(plainWordFlags(` ${word} `, 1, word.length + 1), lexiconFlags(word), word);
  assert.equal(plainWordFlags('The', 0, 3), -1);
  assert.equal(plainWordFlags('café', 0, 4), -1);
});

test('the arrays grow past their first guess', () => {
  const w = readWords('a'.repeat(1) + ' b'.repeat(50));
  assert.equal(w.count, 51);
  assert.equal(w.starts[50], 100);
});
