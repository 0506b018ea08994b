import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../src/nlp/model.ts';
import { bareOf, shapeOf, startsWithLetter, tokenize } from '../../src/nlp/tokens.ts';
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

test('token shapes are read once: case, letter, word-list key', () => {
  const { text, paragraphs } = paragraphsOf('Élodie met Gen. Ruiz in 2024 near 中山, ñandú farms.');
  const { tokens } = tokenize(nlp.wink(), text, paragraphs);
  const of = (value: string) => tokens.find((t) => t.text === value);
  assert.deepEqual([of('Élodie')?.shape, of('Élodie')?.word], ['upper', true]);
  assert.deepEqual([of('ñandú')?.shape, of('ñandú')?.lower], ['lower', 'ñandú']);
  assert.deepEqual([of('2024')?.shape, of('2024')?.word], ['none', false]);
  assert.equal(of('中山')?.word, true);
  assert.equal(of('Gen.')?.bare ?? of('Gen')?.bare, 'gen');
  assert.equal(bareOf('.'), '.');
  assert.deepEqual([shapeOf('Ölfus'), shapeOf('ärm'), shapeOf('"'), shapeOf('')], ['upper', 'lower', 'none', 'none']);
  assert.deepEqual([startsWithLetter('Ω'), startsWithLetter('-'), startsWithLetter('')], [true, false, false]);
});

test('text between paragraphs gives no tokens, and paragraph numbers skip empty paragraphs', () => {
  const text = 'First one.\n\n\n\nSecond one.';
  const { sentences, tokens } = tokenize(nlp.wink(), text, [{ start: 0, end: 10 }, { start: 11, end: 11 }, { start: 14, end: 25 }]);
  assert.deepEqual(sentences.map((s) => [s.text, s.paragraph]), [['First one.', 0], ['Second one.', 2]]);
  assert.ok(tokens.every((t) => t.text.trim().length > 0));
});
