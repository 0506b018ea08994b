import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanContent } from '../../../src/clean/html/content.ts';
import { defaultHtmlOptions } from '../../../src/clean/html/options.ts';
import type { RawBlock } from '../../../src/clean/html/_raw-block.ts';

const para = (text: string, extra: Partial<RawBlock> = {}): RawBlock => ({
  type: 'paragraph', text, tag: 'P', linkChars: 0, hints: [], ancestors: [], ...extra,
});
const body = (n: number): string => `Paragraph ${n} of the story tells the reader what happened at the meeting on that day.`;

test('cuts share bars, link lists, captions and edge furniture, keeping body order', () => {
  const raw: RawBlock[] = [
    { ...para('Council votes on the budget'), type: 'heading', tag: 'H1' },
    para('Politics'),
    para(body(1)),
    para('Facebook Twitter Email', { hints: ['share-tools'] }),
    para('A crowd outside the hall.', { ancestors: ['FIGURE'], tag: 'FIGCAPTION' }),
    para(body(2)),
    para('Storm closes seafront path overnight', { linkChars: 36 }),
    para('Ferry fares rise', { linkChars: 16 }),
    para(body(3)),
    para('reporter@example.org'),
  ];
  const { blocks, removed } = cleanContent(raw, 'Council votes on the budget', defaultHtmlOptions);
  assert.deepEqual(blocks.map((b) => b.text), [body(1), body(2), body(3)]);
  assert.deepEqual(removed.map((r) => r.reason), ['title', 'page-header', 'share-bar', 'caption', 'link-list', 'link-list', 'author-contact']);
});

test('a lone linked line between paragraphs is kept; a lone link with nothing around it is not', () => {
  const linked = para('The court sentenced him to life in prison last Thursday.', { linkChars: 55 });
  assert.equal(cleanContent([para(body(1)), linked, para(body(2))], null, defaultHtmlOptions).blocks.length, 3);
  const menu = para('Home Log in', { linkChars: 11 });
  assert.deepEqual(cleanContent([menu], null, defaultHtmlOptions).removed, [{ text: 'Home Log in', reason: 'link-list' }]);
});

test('a marker that wraps most of the content is the container, not boilerplate', () => {
  const hints = ['post', 'has-sidebar'];
  const raw = [para(body(1), { hints }), para(body(2), { hints }), para(body(3), { hints })];
  assert.equal(cleanContent(raw, null, defaultHtmlOptions).blocks.length, 3);
});

test('a long block repeated later keeps only its first copy; short repeated lines stay', () => {
  const raw = [para(body(1)), para('Step 1'), para(body(2)), para('Step 1'), para(body(1)), para(body(3))];
  const { blocks, removed } = cleanContent(raw, null, defaultHtmlOptions);
  assert.deepEqual(blocks.map((b) => b.text), [body(1), 'Step 1', body(2), 'Step 1', body(3)]);
  assert.deepEqual(removed, [{ text: body(1), reason: 'duplicate' }]);
});

test('content without any body-like block is kept whole (lists, tables)', () => {
  const raw = [para('Pos.'), para('Driver'), para('Points'), para('1'), para('A. Driver')];
  assert.equal(cleanContent(raw, null, defaultHtmlOptions).blocks.length, 5);
});
