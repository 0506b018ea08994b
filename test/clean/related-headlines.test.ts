import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleStems, isRelatedHeadline, readsAsHeadline, relate, removeRelatedHeadlines } from '../../src/clean/related-headlines.ts';
import type { Block } from '../../src/clean/_block.ts';

const shape = { maxWords: 16 };
const p = (text: string): Block => ({ type: 'paragraph', text });
const h = (text: string): Block => ({ type: 'heading', text });

const before = p('Mayor Ana Moreno said the new bridge over the Rio Verde would open in spring after two years of repairs.');
const after = p('Engineers told the council that the bridge repairs cost less than planned and that traffic would return to normal.');

test('a full headline about another story, with names the article never uses, is related', () => {
  const blocks = [before, h('Lisbon airport strike grounds flights as Portugal unions reject pay offer'), after];
  assert.ok(isRelatedHeadline(blocks, 1, null, shape));
  const relation = relate(blocks, 1, articleStems(blocks, null));
  assert.equal(relation.shared, 0);
  assert.ok(relation.unseenNames >= 2);
  assert.deepEqual(removeRelatedHeadlines(blocks, null, shape).removed.map((r) => r.reason), ['related-headline']);
});

test('a sub-heading that shares words with the article stays', () => {
  const blocks = [before, h('Bridge Repairs Come In Under Budget'), after];
  assert.ok(!isRelatedHeadline(blocks, 1, null, shape));
});

test('a short unrelated section title stays a heading (no names, not a full headline)', () => {
  const blocks = [before, h('What happens next'), after];
  assert.ok(!isRelatedHeadline(blocks, 1, null, shape));
});

test('the title counts as part of the article', () => {
  const blocks = [before, h('Lisbon airport strike grounds flights as Portugal unions reject pay offer'), after];
  assert.ok(!isRelatedHeadline(blocks, 1, 'Lisbon airport strike: Portugal unions reject pay offer as flights grounded', shape));
});

test('only headings are judged: a headline-shaped paragraph is body text', () => {
  const blocks = [before, p('Lisbon airport strike grounds flights as Portugal unions reject pay offer'), after];
  assert.ok(!isRelatedHeadline(blocks, 1, null, shape));
});

test('a sentence that lost its full stop is not a headline', () => {
  const blocks = [before, h('This has freed the Lisbon airport strike funds for Portugal unions'), after];
  assert.ok(!isRelatedHeadline(blocks, 1, null, shape));
  assert.ok(readsAsHeadline('Lisbon airport strike grounds flights as Portugal unions reject pay offer'));
  for (const line of ['Really, have you ever seen anything so lovely?', 'Clip the coupon on the product page', 'A: Lisbon, Porto, and Faro', 'Tested by: Ana Moreno Price: 20 euros More: www.example.org']) {
    assert.ok(!readsAsHeadline(line), line);
  }
});
