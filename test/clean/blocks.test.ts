import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultBlockSplitOptions, isHardWrapped, splitParagraphs } from '../../src/clean/blocks.ts';

const long = (n: number): string => `Sentence number ${n} is long enough to stand as a paragraph of its own in a news article today.`;

test('blank lines separate paragraphs', () => {
  assert.deepEqual(splitParagraphs('One line.\n\nTwo line.\n\n\n\nThree.'), ['One line.', 'Two line.', 'Three.']);
});

test('single newlines between long lines: each line is a paragraph', () => {
  const text = [long(1) + ' More words follow here.', long(2) + ' And more.', 'Short heading', long(3)].join('\n');
  assert.deepEqual(splitParagraphs(text), text.split('\n'));
});

test('hard-wrapped text is joined into paragraphs', () => {
  const text = [
    'The council met on Monday to discuss the water plan for the',
    'northern district, and officials said the budget would be reviewed',
    'by a panel next month.',
  ].join('\n');
  assert.ok(isHardWrapped(text.split('\n'), defaultBlockSplitOptions));
  assert.deepEqual(splitParagraphs(text), [text.replace(/\n/gu, ' ')]);
});

test('a heading over a short paragraph is not taken for wrapped text', () => {
  assert.deepEqual(splitParagraphs('Water plan\nThe council met on Monday.'), ['Water plan', 'The council met on Monday.']);
});

test('a line broken mid-sentence runs on into a lower-case line', () => {
  const text = `${long(1)} The council said that the\nplan would go ahead next year after a long public hearing that ran late into the evening hours.`;
  assert.deepEqual(splitParagraphs(text), [text.replace('\n', ' ')]);
});
