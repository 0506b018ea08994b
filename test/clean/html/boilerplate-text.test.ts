import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexicalReason } from '../../../src/clean/html/boilerplate-text.ts';
import type { RawBlock } from '../../../src/clean/html/_raw-block.ts';

const block = (text: string): RawBlock => ({ type: 'paragraph', text, tag: 'P', linkChars: 0, hints: [], ancestors: [] });

test('teaser cues at the start of a short block', () => {
  assert.equal(lexicalReason(block('Read more: Mayor opens the new library wing')), 'teaser');
  assert.equal(lexicalReason(block('RELATED: Five things to know about the vote')), 'teaser');
  assert.equal(lexicalReason(block('You may also like')), 'teaser');
  assert.equal(lexicalReason(block('On example.com: Rail strike called off')), 'teaser');
});

test('share bars, advertisement labels, newsletter calls, captions, contacts, copyright', () => {
  assert.equal(lexicalReason(block('Share on Facebook Twitter Email 12')), 'share-bar');
  assert.equal(lexicalReason(block('ADVERTISEMENT')), 'advertisement');
  assert.equal(lexicalReason(block('Sign up for the evening briefing, free to your inbox.')), 'newsletter');
  assert.equal(lexicalReason(block('Photo: Anna Berg / Example Agency')), 'caption');
  assert.equal(lexicalReason(block('Image 3 of 12')), 'caption');
  assert.equal(lexicalReason(block('Have a tip? Write to the desk any time.')), 'author-contact');
  assert.equal(lexicalReason(block('© 2024 Example Media Group')), 'copyright');
});

test('timestamps, bylines, contributor lines, credits glued to captions, support appeals', () => {
  assert.equal(lexicalReason(block('Updated 6:02 pm GMT, Monday, March 4, 2024')), 'timestamp');
  assert.equal(lexicalReason(block('By Ana Ruiz and Tom Ode - 03/04/24 6:02 PM')), 'byline');
  assert.equal(lexicalReason(block('(Reporting by Ana Ruiz; editing by Tom Ode)')), 'contributor-line');
  assert.equal(lexicalReason(block('Tom Ode contributed reporting from the capital.')), 'contributor-line');
  assert.equal(lexicalReason(block('Rescue crews search the river bank on Sunday.Reuters')), 'caption');
  assert.equal(lexicalReason(block('If you enjoyed this article, become a member today.')), 'newsletter');
  assert.equal(lexicalReason(block('(Leggi anche: la nuova stagione)')), 'teaser');
});

test('sentences that only look like those lines are kept', () => {
  assert.equal(lexicalReason(block('By Monday, the river had risen by two metres and the bridge was closed.')), null);
  assert.equal(lexicalReason(block('Updated figures released on Friday show the cost rose by a third.')), null);
});

test('ordinary sentences, even ones that mention the cue words, are kept', () => {
  assert.equal(lexicalReason(block('She said she would read more about the plan before the vote on Friday.')), null);
  assert.equal(lexicalReason(block('The company will share the findings with regulators next month, a spokesman said.')), null);
  assert.equal(lexicalReason(block('Related companies in the group reported higher sales in the third quarter of the year.')), null);
});

test('a cue in a long block does not remove it', () => {
  const long = `Read more about it here ${'and the story goes on with many words '.repeat(8)}`.trim();
  assert.equal(lexicalReason(block(long)), null);
});
