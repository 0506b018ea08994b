import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexEntities, linkEntity } from '../../src/quotes/entity-links.ts';
import type { ArticleEntity } from '../../src/types.ts';

const entity = (id: string, name: string, type: ArticleEntity['type'], mentions: [number, number][], aliases: string[] = []): ArticleEntity => ({
  id, name, type, aliases, roles: [], mentions: mentions.map(([start, end]) => ({ start, end })),
});

const entities = [
  entity('org', 'Quill Works', 'organization', [[40, 51]], ['QW']),
  entity('ann', 'Ann Quill', 'person', [[0, 9], [60, 65]]),
  entity('bo', 'Bo Quill', 'person', [[0, 2]]),
];
const links = indexEntities(entities);

test('an overlapping mention wins, the entity listed first among several', () => {
  assert.equal(linkEntity(links, 'Ann', { start: 0, end: 3 })?.id, 'ann');
  assert.equal(linkEntity(links, 'Quill', { start: 62, end: 67 })?.id, 'ann');
});

test('then a name or alias written the same way, in any case', () => {
  assert.equal(linkEntity(links, 'qw', { start: 200, end: 202 })?.id, 'org');
  assert.equal(linkEntity(links, 'Bo Quill', { start: 300, end: 308 })?.id, 'bo');
});

test('then the first person sharing the last word, else nothing', () => {
  assert.equal(linkEntity(links, 'Quill', { start: 300, end: 305 })?.id, 'ann');
  assert.equal(linkEntity(links, 'Roe', { start: 300, end: 303 }), null);
  assert.equal(linkEntity(indexEntities([]), 'Ann', { start: 0, end: 3 }), null);
});
