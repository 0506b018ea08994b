import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wireTag } from '../../src/dedup/wire.ts';

test('the wire field wins and is normalised', () => {
  assert.equal(wireTag({ wire: 'A.P.', text: 'Body.' }), 'a p');
  assert.equal(wireTag({ wire: 'Reuters', text: 'Body.' }), 'reuters');
});

test('a parenthesised tag with a dash near the start is a wire tag', () => {
  assert.equal(wireTag({ wire: null, text: 'OSLO (Reuters) - The council met.' }), 'reuters');
  assert.equal(wireTag({ wire: null, text: 'LIMA (AP) \u2014 Rain fell.' }), 'ap');
});

test('parentheses later in the text or without a dash are not wire tags', () => {
  assert.equal(wireTag({ wire: null, text: 'The council (Oslo) met on Monday.' }), null);
  assert.equal(wireTag({ wire: null, text: `${'word '.repeat(40)}(Reuters) - late tag.` }), null);
});
