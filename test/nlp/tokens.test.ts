import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../src/nlp/model.ts';
import { tokenize } from '../../src/nlp/tokens.ts';
import { paragraphsOf } from './_seeds.ts';

const nlp = createNlp();

test('sentences never run across paragraphs, and spans point into the text', () => {
  const { text, paragraphs } = paragraphsOf('A heading without a stop\nThe harbour reopened. Boats left at dawn.\nMr. Lee agreed');
  const { sentences, tokens } = tokenize(nlp.wink(), text, paragraphs);
  assert.deepEqual(sentences.map((s) => s.text), [
    'A heading without a stop', 'The harbour reopened.', 'Boats left at dawn.', 'Mr. Lee agreed',
  ]);
  assert.deepEqual(sentences.map((s) => s.paragraph), [0, 1, 1, 2]);
  for (const s of sentences) assert.equal(text.slice(s.span.start, s.span.end), s.text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
});

test('a title-case line is marked as a headline', () => {
  const { text, paragraphs } = paragraphsOf('Harbour Talks Open With New Hope\nThe harbour reopened on a calm day.');
  const { tokens } = tokenize(nlp.wink(), text, paragraphs);
  assert.equal(tokens[0]?.inHeadline, true);
  assert.equal(tokens[tokens.length - 1]?.inHeadline, false);
});
