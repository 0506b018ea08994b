import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCommentFormCue, removeCommentForm } from '../../src/clean/comment-form.ts';
import type { Block } from '../../src/clean/_block.ts';
import { filler } from './_raw.ts';

const p = (text: string): Block => ({ type: 'paragraph', text });

test('comment-form cues', () => {
  for (const line of ['Leave a Reply', 'Your email address will not be published.', 'Required fields are marked *', 'Comments are closed.', '3 Comments: Leave a comment']) {
    assert.ok(isCommentFormCue(line), line);
  }
  assert.ok(!isCommentFormCue('Readers were asked to leave a reply card at the desk.'));
});

test('the form at the end goes, with the short field lines after its first cue', () => {
  const blocks = [p(filler('water')), p(filler('road')), p(filler('school')), p('Leave a Reply'), p('Name *'), p('Email *'), p('Website'), p('Post Comment')];
  const pass = removeCommentForm(blocks);
  assert.equal(pass.blocks.length, 3);
  assert.deepEqual(pass.removed.map((r) => r.text), ['Leave a Reply', 'Name *', 'Email *', 'Website', 'Post Comment']);
  assert.ok(pass.removed.every((r) => r.reason === 'comment-form'));
});

test('field-like words are left alone without a form, and a cue at the top is not trusted', () => {
  const blocks = [p('Leave a comment'), p(filler('water')), p('Website'), p(filler('road')), p(filler('school')), p(filler('park'))];
  assert.equal(removeCommentForm(blocks).removed.length, 0);
});
