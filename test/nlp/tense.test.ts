import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseAround, directionAt } from '../../src/nlp/tense.ts';

const at = (sentence: string, phrase: string) => {
  const start = sentence.indexOf(phrase);
  assert.ok(start >= 0, phrase);
  return directionAt(sentence, start, start + phrase.length);
};

test('the clause holding the date decides, not a future cue in another clause', () => {
  const sentence = 'The two towns agreed on Monday to share a ferry, a plan that residents hope will cut fares.';
  assert.equal(at(sentence, 'on Monday'), 'past');
  assert.equal(at('The council said on Friday that it will close the bridge.', 'on Friday'), 'past');
  assert.equal(at('The council said that the bridge will close on Friday.', 'on Friday'), 'future');
  assert.equal(at('The museum, which opened in May, will add a wing.', 'May'), 'past');
});

test('a clause without a verb takes the direction of its sentence', () => {
  assert.equal(at('On Monday, the ferry will resume its route.', 'On Monday'), 'future');
  assert.equal(at('On Monday, the ferry resumed its route.', 'On Monday'), 'past');
});

test('clauses end at punctuation and at words that open a new clause', () => {
  const sentence = 'Crews, who arrived on Sunday, began work because rain was due.';
  const start = sentence.indexOf('Sunday');
  assert.equal(clauseAround(sentence, start, start + 6).trim(), 'arrived on Sunday');
});
