import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDateline } from '../../src/clean/dateline.ts';

test('place in capitals with a colon', () => {
  const found = readDateline('OSLO: The council met on Monday.');
  assert.deepEqual(found, { place: 'OSLO', wire: null, text: 'OSLO:', rest: 'The council met on Monday.' });
});

test('place and wire tag with a dash', () => {
  const found = readDateline('LIMA (Reuters) - The council met.');
  assert.equal(found?.place, 'LIMA');
  assert.equal(found?.wire, 'Reuters');
  assert.equal(found?.rest, 'The council met.');
});

test('place, date and wire tag with an em dash', () => {
  const found = readDateline('SAN JOSE, Oct 4 (AP) — A storm hit.');
  assert.equal(found?.place, 'SAN JOSE');
  assert.equal(found?.wire, 'AP');
  assert.equal(found?.text, 'SAN JOSE, Oct 4 (AP) —');
});

test('mixed-case place needs a date or a wire tag', () => {
  assert.equal(readDateline('Quito (AFP) - A storm hit.')?.place, 'Quito');
  assert.equal(readDateline('Quito - A storm hit.'), null);
  assert.equal(readDateline('(Reuters) - A storm hit.')?.wire, 'Reuters');
});

test('labels and ordinary openings are not datelines', () => {
  for (const text of ['UPDATE: The storm passed.', 'EXCLUSIVE: A letter shows', 'US officials said on Monday.', 'The MAYOR: no comment']) {
    assert.equal(readDateline(text), null, text);
  }
});
