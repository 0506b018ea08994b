import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseBlockText, normaliseQuotes, normaliseWhitespace } from '../../src/clean/normalise.ts';

test('white space: line ends, no-break spaces, zero-width characters, trimmed lines', () => {
  assert.equal(normaliseWhitespace('a\r\nb\rc'), 'a\nb\nc');
  assert.equal(normaliseWhitespace('  one\u00a0\u00a0two\u200b \t three  '), 'one two three');
  assert.equal(normaliseWhitespace('x\n\n\ny'), 'x\n\n\ny');
});

test('apostrophes inside words become ASCII', () => {
  assert.equal(normaliseQuotes('the mayor’s office and the city‛s staff don’t'), "the mayor's office and the city's staff don't");
  assert.equal(normaliseQuotes('back in the ’90s'), "back in the '90s");
});

test('straight double quotes turn directional by context', () => {
  assert.equal(normaliseQuotes('He said "no" today.'), 'He said “no” today.');
  assert.equal(normaliseQuotes('"Yes," she said.'), '“Yes,” she said.');
  assert.equal(normaliseQuotes('a plan ("draft") was'), 'a plan (“draft”) was');
  assert.equal(normaliseQuotes('called it “fair".'), 'called it “fair”.');
});

test('single quote marks used as quotes become ‘ ’, a plural possessive stays an apostrophe', () => {
  assert.equal(normaliseQuotes("Officials 'agree on a plan': mayor"), 'Officials ‘agree on a plan’: mayor');
  assert.equal(normaliseQuotes('“He told me ‘wait’ twice,” she said.'), '“He told me ‘wait’ twice,” she said.');
  assert.equal(normaliseQuotes("the workers' union"), "the workers' union");
});

test('a block is one line of canonical text', () => {
  assert.equal(normaliseBlockText(' line one\nline  two '), 'line one line two');
});
