import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEntity, EntityType } from '../../src/types.ts';
import { linkStoryEntities } from '../../src/nlp/story-entities.ts';
import { contentId } from '../../src/shared/hash.ts';

function entity(type: EntityType, name: string, aliases: string[] = [], roles: string[] = [], mentions = 1): ArticleEntity {
  const spans = Array.from({ length: mentions }, (_, i) => ({ start: i * 10, end: i * 10 + 5 }));
  return { id: contentId(type, name), name, type, aliases, roles, mentions: spans };
}

const story = linkStoryEntities([
  { article: 'a1', entities: [
    entity('person', 'Ada Okonkwo', ['Okonkwo'], ['Nigerian President', 'President'], 3),
    entity('organization', 'Gulf Shipping Organisation', ['GSO'], [], 2),
  ] },
  { article: 'a2', entities: [
    entity('other', 'Okonkwo', [], [], 2),
    entity('organization', 'Gulf Shipping Organization', [], [], 1),
    entity('person', 'Nigerian President', [], ['Nigerian President'], 1),
  ] },
  { article: 'a3', entities: [entity('organization', 'GSO'), entity('place', 'Lagos')] },
]);

const find = (name: string) => {
  const found = story.find((e) => e.name === name);
  assert.ok(found, `no ${name} in ${story.map((e) => e.name).join(', ')}`);
  return found;
};

test('surnames, role names and spellings join one story entity', () => {
  const ada = find('Ada Okonkwo');
  assert.equal(ada.type, 'person');
  assert.equal(ada.mentions, 6);
  assert.deepEqual(ada.articles, ['a1', 'a2']);
  assert.ok(ada.aliases.includes('Okonkwo') && ada.aliases.includes('Nigerian President'));
  assert.equal(ada.members[contentId('person', 'Nigerian President')], ada.id);
  assert.equal(ada.members[contentId('other', 'Okonkwo')], ada.id);
});

test('an acronym joins its expansion across articles', () => {
  const gso = find('Gulf Shipping Organisation');
  assert.deepEqual(gso.articles, ['a1', 'a2', 'a3']);
  assert.equal(gso.mentions, 4);
  assert.equal(gso.id, contentId('organization', 'Gulf Shipping Organisation'));
  assert.equal(story.length, 3);
});

test('the most mentioned come first', () => {
  assert.deepEqual(story.map((e) => e.name), ['Ada Okonkwo', 'Gulf Shipping Organisation', 'Lagos']);
});

test('across many articles a lone surname joins its one person, and stays apart when two people share it', () => {
  const articles = Array.from({ length: 400 }, (_, n) => ({
    article: `n${n}`,
    entities: n % 2 === 0
      ? [entity('person', 'Lina Havre', [], ['Mayor']), entity('person', `Pell${n}`, [], [])]
      : [entity('other', 'Havre'), entity('other', 'Marsh'), entity('person', 'Mayor', [], ['Mayor'])],
  }));
  articles.push({ article: 'x1', entities: [entity('person', 'Tom Marsh')] }, { article: 'x2', entities: [entity('person', 'Ann Marsh')] });
  const linked = linkStoryEntities(articles);
  const havre = linked.find((e) => e.name === 'Lina Havre');
  assert.ok(havre);
  assert.ok(havre.aliases.includes('Havre') && havre.aliases.includes('Mayor'));
  assert.equal(havre.articles.length, 400);
  assert.ok(linked.some((e) => e.name === 'Marsh' && e.articles.length === 200), 'an ambiguous surname stays on its own');
});
