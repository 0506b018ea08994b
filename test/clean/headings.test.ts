import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isStandaloneHeading, markHeadings, splitGluedHeading } from '../../src/clean/headings.ts';
import type { Block } from '../../src/clean/_block.ts';
import { filler } from './_raw.ts';

const shape = { maxWords: 16 };
const p = (text: string): Block => ({ type: 'paragraph', text });

test('a short line before a paragraph is a heading; sentence case counts', () => {
  const blocks = [p(filler('water')), p('A long wait for clean water'), p(filler('road'))];
  assert.ok(isStandaloneHeading(blocks, 1, shape));
  const marked = markHeadings(blocks, shape).blocks;
  assert.deepEqual(marked.map((b) => b.type), ['paragraph', 'heading', 'paragraph']);
});

test('not a heading: a sentence, the last line, a quotation, or an item of a list', () => {
  const sentence = [p(filler('water')), p('The council agreed.'), p(filler('road'))];
  assert.ok(!isStandaloneHeading(sentence, 1, shape));
  const last = [p(filler('water')), p('Water Plan Ahead')];
  assert.ok(!isStandaloneHeading(last, 1, shape));
  const quote = [p(filler('water')), p('“We will not give up”'), p(filler('road'))];
  assert.ok(!isStandaloneHeading(quote, 1, shape));
  const list = [p(filler('water')), p('Clean water for all'), p('New roads in the north'), p('Safer schools'), p(filler('road'))];
  assert.deepEqual(markHeadings(list, shape).blocks.map((b) => b.type), list.map(() => 'paragraph'));
});

test('a headline with an attribution glued to the first sentence is split off', () => {
  const text = "Council 'will fix the pipes': Moreno The mayor spoke after a long meeting on Monday evening.";
  const split = splitGluedHeading(text, shape, (word) => ['Mayor', 'Ana', 'Moreno'].includes(word));
  assert.deepEqual(split, {
    heading: "Council 'will fix the pipes': Moreno",
    rest: 'The mayor spoke after a long meeting on Monday evening.',
  });
});

test('an attribution to a name the article never uses is not enough', () => {
  const text = "Council 'will fix the pipes': Moreno The mayor spoke after a long meeting on Monday evening.";
  assert.equal(splitGluedHeading(text, shape, (word) => word === 'Mayor'), null);
});

test('a title-case headline glued to a sentence is split off', () => {
  const text = 'Storm Leaves Coastal Towns Dark While crews worked through the night, thousands waited for power.';
  assert.equal(splitGluedHeading(text, shape)?.heading, 'Storm Leaves Coastal Towns Dark');
});

test('ordinary sentences are left whole', () => {
  for (const text of [
    'The film Gone With the Wind was shown at the festival on Monday night.',
    'President Ana Moreno said the plan would go ahead after the vote.',
    'In the north, the council said: Moreno and her team will meet the unions.',
  ]) {
    assert.equal(splitGluedHeading(text, shape, () => true), null, text);
  }
});
