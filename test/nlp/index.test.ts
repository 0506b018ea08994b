import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as api from '../../src/nlp/index.ts';
import { analyzeLanguage, createNlp, linkStoryEntities, resolveDates, type LanguageAnnotations } from '../../src/nlp/index.ts';
import type { DateMention } from '../../src/types.ts';
import { articleOf, loadSeeds } from './_seeds.ts';

test('the public exports are pinned', () => {
  assert.deepEqual(Object.keys(api).sort(), ['analyzeLanguage', 'createNlp', 'linkStoryEntities', 'resolveDates']);
});

const nlp = createNlp();
const seeds = loadSeeds();
const results = new Map<string, LanguageAnnotations>();
for (const [id, article] of seeds) results.set(id, analyzeLanguage(nlp, article, { referenceDate: null }));
const story = linkStoryEntities([...results].map(([article, r]) => ({ article, entities: r.entities })));
const storyEntity = (name: string) => story.find((e) => e.name === name || e.aliases.includes(name));
const seedId = (prefix: string): string => [...seeds.keys()].find((k) => k.startsWith(prefix)) ?? prefix;

test('seeds: each leader is one person entity with aliases', () => {
  for (const [name, alias] of [['Shehbaz Sharif', 'Sharif'], ['Vladimir Putin', 'Putin'], ['Narendra Modi', 'Modi']]) {
    const e = storyEntity(name as string);
    assert.equal(e?.type, 'person', name);
    assert.equal(e?.name, name);
    assert.ok(e?.aliases.includes(alias as string), `${name} aliases ${e?.aliases.join('/')}`);
    assert.equal(story.filter((s) => s.name === alias).length, 0, `${alias} left on its own`);
  }
  for (const name of ['Xi Jinping', 'Emomali Rahmon']) assert.equal(storyEntity(name)?.type, 'person', name);
  assert.ok(storyEntity('Vladimir Putin')?.roles.includes('Russian President'));
});

test('seeds: places and organisations', () => {
  for (const place of ['Tianjin', 'Beijing', 'Karachi', 'Astana', 'Moscow']) assert.equal(storyEntity(place)?.type, 'place', place);
  for (const org of ['TASS', 'Radio Pakistan']) assert.equal(storyEntity(org)?.type, 'organization', org);
  const sco = storyEntity('SCO');
  assert.equal(sco?.type, 'organization');
  assert.ok(sco?.aliases.includes('Shanghai Cooperation Organization') || sco?.name === 'Shanghai Cooperation Organization');
  assert.ok(sco?.aliases.includes('Shanghai Cooperation Organisation') || sco?.name === 'Shanghai Cooperation Organisation');
  for (const word of ['Both', 'Additionally', 'The', 'Chinese', 'Russian', 'Pakistani']) assert.equal(storyEntity(word), undefined, word);
});

function dateOf(dates: readonly DateMention[], text: string): DateMention {
  const found = dates.find((d) => d.text === text);
  assert.ok(found, `no date "${text}" in ${dates.map((d) => d.text).join(', ')}`);
  return found;
}

test('seeds: dates resolve against the publication date or a supplied one', () => {
  const first = results.get(seedId('000'))?.dates ?? [];
  assert.equal(dateOf(first, 'November').value, '2025-11');
  assert.equal(dateOf(first, 'September 3').value, '2025-09-03');
  const second = results.get(seedId('001'))?.dates ?? [];
  assert.deepEqual([dateOf(second, 'July').value, dateOf(second, 'July').precision], ['2025-07', 'month']);
  assert.deepEqual([dateOf(second, 'last year').value, dateOf(second, 'last year').precision], ['2024', 'year']);
  assert.deepEqual([dateOf(second, '1970s').value, dateOf(second, '1970s').precision], ['1970s', 'decade']);
  const undated = seeds.get(seedId('002'));
  const third = results.get(seedId('002'));
  assert.ok(undated && third);
  assert.equal(dateOf(third.dates, 'on Tuesday').value, null);
  assert.ok(third.diagnostics.some((d) => d.rule === 'unresolved-date'));
  const resolved = resolveDates(nlp, undated.text, third.dates, '2025-09-02');
  assert.equal(dateOf(resolved, 'on Tuesday').value, '2025-09-02');
  assert.deepEqual([dateOf(resolved, '2024').value, dateOf(resolved, '2024').precision], ['2024', 'year']);
});

test('seeds: sentences stay inside paragraphs and every span matches the text', () => {
  for (const [id, r] of results) {
    const article = seeds.get(id);
    assert.ok(article);
    for (const s of r.sentences) {
      const p = article.paragraphs[s.paragraph];
      assert.ok(p && s.span.start >= p.start && s.span.end <= p.end, `${id}: ${s.text}`);
      assert.equal(article.text.slice(s.span.start, s.span.end), s.text);
    }
    for (const d of r.dates) assert.equal(article.text.slice(d.span.start, d.span.end), d.text);
  }
});

test('an article is annotated the same alone and after other articles (same nlp value)', () => {
  const later = articleOf('later', "Talvek's plan was read twice in Corvana.\n\nTalvek's aides, led by Mira Osk, agreed on Monday.");
  const before = [
    articleOf('a', "Voters want a plan more daring than Governor Talvek's, the survey found."),
    ...seeds.values(),
    articleOf('b', "Mira Osk's, Talvek's and the council's drafts were all rejected."),
  ];
  const alone = analyzeLanguage(createNlp(), later, { referenceDate: '2025-09-02' });
  const shared = createNlp();
  for (const article of before) analyzeLanguage(shared, article, { referenceDate: '2025-09-02' });
  assert.deepEqual(analyzeLanguage(shared, later, { referenceDate: '2025-09-02' }), alone);
});
