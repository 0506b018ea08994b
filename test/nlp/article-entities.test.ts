import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLanguage, createNlp } from '../../src/nlp/index.ts';
import type { ArticleEntity } from '../../src/types.ts';
import { articleOf } from './_seeds.ts';

const nlp = createNlp();
const article = articleOf('fixture', [
  'date 2025-03-04 Chilean President Maria Olmedo met Kenyan Prime Minister David Kamau in Nairobi on Monday, according to the Andes Trade Organization (ATO).',
  "Olmedo's delegation included officials from the Ministry of Mining. The Chilean president said the talks were useful.",
  'Kamau told Radio Nairobi that both governments will sign a deal in June. The ATO said the Andes Trade Organisation board would meet next year.',
  'Both leaders later toured a copper plant. Additionally, Mr. Brandt of the Rhine Copper Company joined them.',
].join('\n'));
const result = analyzeLanguage(nlp, article, { referenceDate: null });
const byName = (name: string): ArticleEntity => {
  const found = result.entities.find((e) => e.name === name);
  assert.ok(found, `no entity ${name} in ${result.entities.map((e) => e.name).join(', ')}`);
  return found;
};

test('people keep titles as roles, and later surnames and role phrases join them', () => {
  const olmedo = byName('Maria Olmedo');
  assert.equal(olmedo.type, 'person');
  assert.deepEqual(olmedo.aliases, ['Olmedo']);
  assert.ok(olmedo.roles.includes('President') && olmedo.roles.includes('Chilean President'));
  assert.equal(olmedo.mentions.length, 3);
  const kamau = byName('David Kamau');
  assert.ok(kamau.roles.includes('Kenyan Prime Minister'));
  assert.equal(kamau.mentions.length, 2);
  assert.equal(byName('Brandt').type, 'person');
});

test('organisations by cue words, acronyms and spelling variants', () => {
  const trade = byName('Andes Trade Organization');
  assert.equal(trade.type, 'organization');
  assert.deepEqual(trade.aliases, ['ATO', 'Andes Trade Organisation']);
  assert.equal(trade.mentions.length, 4);
  assert.equal(byName('Ministry of Mining').type, 'organization');
  assert.equal(byName('Radio Nairobi').type, 'organization');
  assert.equal(byName('Rhine Copper Company').type, 'organization');
});

test('places from the gazetteer; demonyms and sentence-initial words are no entities', () => {
  assert.equal(byName('Nairobi').type, 'place');
  const names = result.entities.map((e) => e.name);
  for (const word of ['Chilean', 'Kenyan', 'Both', 'The', 'Additionally', 'Monday', 'June']) assert.ok(!names.includes(word), word);
});

test('every mention span holds the name or one of its forms', () => {
  for (const e of result.entities) {
    for (const span of e.mentions) assert.ok(span.end > span.start && span.end <= article.text.length);
  }
  const first = byName('David Kamau').mentions[0];
  assert.ok(first);
  assert.equal(article.text.slice(first.start, first.end), 'David Kamau');
  assert.equal(byName('Maria Olmedo').id, byName('Maria Olmedo').id.slice(0, 16));
});

test('dates resolve against the publication date', () => {
  assert.deepEqual(result.dates.map((d) => `${d.text}=${d.value}`), ['on Monday=2025-03-03', 'June=2025-06', 'next year=2026']);
  assert.deepEqual(result.diagnostics, []);
});
