import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createOutletMemory, removeOutletBoilerplate } from '../../src/clean/outlet-memory.ts';
import type { Block } from '../../src/clean/_block.ts';
import { filler } from './_raw.ts';

const p = (text: string): Block => ({ type: 'paragraph', text });
const rule = (memory = createOutletMemory()) => ({ outlet: 'Daily', memory, threshold: 2, maxWords: 30 });

test('counts each line once per article, per outlet, ignoring case and quote style', () => {
  const memory = createOutletMemory();
  memory.record('Daily', ['Share “this”', 'share "this"', 'Other']);
  memory.record('daily', ['Share "this"']);
  assert.equal(memory.seen('Daily', 'SHARE “THIS”'), 2);
  assert.equal(memory.seen('Weekly', 'Share "this"'), 0);
});

test('a line becomes boilerplate once earlier articles carried it often enough', () => {
  const r = rule();
  const promo = p('Listen to our podcast every Friday.');
  const runs = ['water', 'road', 'park'].map((t) => removeOutletBoilerplate([p(filler(t)), promo, p(filler(t, 2))], r));
  assert.deepEqual(runs.map((x) => x.removed.length), [0, 0, 1]);
  assert.equal(runs[2]?.removed[0]?.reason, 'outlet-boilerplate');
});

test('a reprint of the same article is not stripped', () => {
  const r = rule();
  const blocks = [p('Short line one.'), p('Short line two.'), p('Short line three.')];
  for (let i = 0; i < 3; i += 1) removeOutletBoilerplate(blocks, r);
  assert.equal(removeOutletBoilerplate(blocks, r).removed.length, 0);
});

test('no outlet or no memory: nothing happens', () => {
  const blocks = [p('Short line one.')];
  assert.equal(removeOutletBoilerplate(blocks, { ...rule(), outlet: null }).blocks, blocks);
  assert.equal(removeOutletBoilerplate(blocks, { ...rule(), memory: undefined }).blocks, blocks);
});

test('memory is bounded', () => {
  const memory = createOutletMemory({ maxLinesPerOutlet: 2, maxOutlets: 1 });
  memory.record('A', ['one', 'two', 'three']);
  assert.equal(memory.seen('A', 'one'), 0);
  assert.equal(memory.seen('A', 'three'), 1);
  memory.record('B', ['one']);
  assert.equal(memory.seen('A', 'three'), 0);
});
