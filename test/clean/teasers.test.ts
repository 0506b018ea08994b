import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isTeaser, removeTeasers } from '../../src/clean/teasers.ts';

test('teaser lines in their usual forms', () => {
  for (const line of [
    'Read More - Storm Leaves Coastal Towns Dark',
    'Also read: Council to vote on water plan',
    'READ MORE:',
    'Related: Five things to know about the budget',
    'See also | The road plan explained',
    'Read more',
    'You may also like: Best parks in the city',
  ]) {
    assert.ok(isTeaser(line), line);
  }
});

test('sentences that start with the same words are body text', () => {
  for (const line of [
    'Read more than one report and a pattern appears.',
    'Related to the vote, the council said it would publish the minutes.',
    'Read more: The council met on Monday. It agreed to fund the plan after a long debate.',
    'Watch the river, the mayor said.',
  ]) {
    assert.ok(!isTeaser(line), line);
  }
});

test('teasers are removed with their reason', () => {
  const pass = removeTeasers([
    { type: 'paragraph', text: 'The council met.' },
    { type: 'paragraph', text: 'Also Read: Another story' },
  ]);
  assert.deepEqual(pass.blocks, [{ type: 'paragraph', text: 'The council met.' }]);
  assert.deepEqual(pass.removed, [{ text: 'Also Read: Another story', reason: 'teaser' }]);
});
