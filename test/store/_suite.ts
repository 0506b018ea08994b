/**
 * The store behaviour every backend must show, as one suite: `storeSuite(name, openFresh)` runs it
 * against stores `openFresh` opens empty (test/store/sqlite/ and test/store/postgres/ call it).
 * Backend-specific matters (SQLite's file format and WAL, PostgreSQL's migrations and concurrent
 * writers) stay in the backends' own test files.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { StoreConflictError, type Store } from '../../src/store/index.ts';
import type { Brief } from '../../src/types.ts';
import { schemaErrors } from '../_support/schema.ts';
import { makeArticle, makeBrief } from './_fixtures.ts';

export interface SuiteOptions {
  /** A reason to skip the whole suite (e.g. its server is turned off), or false. */
  readonly skip?: string | false;
}

/** Registers the shared store tests under `name`; each test opens its own empty store. */
export function storeSuite(name: string, openFresh: () => Promise<Store>, options: SuiteOptions = {}): void {
  describe(name, { skip: options.skip ?? false }, () => {
  const NOW = '2031-04-03T09:00:00.000Z';
  const bridge = [
    makeArticle({ title: 'Varn bridge reopens', text: 'The bridge over the Varn reopened after repairs.', source: 'Valley Post', entities: ['Varn'] }),
    makeArticle({ title: 'Traffic back on the Varn', text: 'Traffic returned to the bridge on Tuesday.', source: 'Hill Gazette', entities: ['Varn'] }),
  ];
  const harbour = [makeArticle({ title: 'Harbour strike ends', text: 'Dock workers at Ostrel ended their strike.', entities: ['Ostrel'] })];
  const bridgeBrief = makeBrief({
    id: 'story-bridge',
    headline: 'The Varn bridge reopened',
    articles: bridge,
    facts: [{ text: 'The bridge reopened after repairing the deck.', status: 'corroborated' }],
  });
  const harbourBrief = makeBrief({ id: 'story-harbour', headline: 'Ostrel strike ends', articles: harbour, facts: [{ text: 'Dock workers ended the strike.', status: 'single-source' }] });

  const seeded = async (): Promise<Store> => {
    const store = await openFresh();
    await store.putStories({
      articles: [...bridge, ...harbour],
      assignments: [...bridge.map((a) => ({ article: a.id, story: 'story-bridge' })), { article: harbour[0]!.id, story: 'story-harbour' }],
      briefs: [harbourBrief, bridgeBrief],
      removed: [],
      updatedAt: NOW,
    });
    return store;
  };

  test('articles come back as they went in, in stored order; a repeated put adds nothing', async () => {
    const store = await openFresh();
    assert.equal(await store.putArticles([bridge[1]!, bridge[0]!]), 2);
    assert.equal(await store.putArticles([...bridge, ...harbour]), 1);
    assert.deepEqual(await store.allArticles(), [bridge[1], bridge[0], harbour[0]]);
    assert.deepEqual(await store.getArticles([harbour[0]!.id, 'unknown', bridge[1]!.id]), [bridge[1], harbour[0]]);
    assert.equal(await store.hasArticle(bridge[0]!.id), true);
    assert.equal(await store.hasArticle('unknown'), false);
    assert.deepEqual(await store.counts(), { articles: 3, stories: 0 });
    await store.close();
  });

  test('grouping inputs stream every article in stored order, across pages', async () => {
    const store = await openFresh();
    const many = Array.from({ length: 1203 }, (_, i) => makeArticle({ text: `Report number ${i} on the river.`, entities: ['Varn'] }));
    await store.putArticles(many);
    const ids: string[] = [];
    for await (const input of store.groupingInputs()) {
      ids.push(input.id);
      if (ids.length === 1) assert.deepEqual(input.entities, many[0]!.entities);
    }
    assert.deepEqual(ids, many.map((a) => a.id));
    await store.close();
  });

  test('stories list largest first as valid stories@1 rows; briefs and members come back', async () => {
    const store = await seeded();
    const rows = await store.listStories();
    assert.deepEqual(rows.map((r) => r.id), ['story-bridge', 'story-harbour']);
    assert.deepEqual(rows[0], {
      id: 'story-bridge',
      headline: 'The Varn bridge reopened',
      eventDate: { value: '2031-04-01', precision: 'day' },
      articles: 2,
      sources: 2,
      corroborated: 1,
      disputed: 0,
      updatedAt: NOW,
    });
    assert.deepEqual(schemaErrors({ schema: 'newsdesk/stories@1', stories: rows }), []);
    assert.deepEqual(await store.listStories({ limit: 1, offset: 1 }), [rows[1]]);
    assert.deepEqual(await store.listStories({ limit: -1 }), rows, 'a negative limit is no limit');
    assert.deepEqual(await store.listStories({ offset: 2 }), []);
    assert.deepEqual(await store.getBrief('story-bridge'), bridgeBrief);
    assert.equal(await store.getBrief('story-none'), null);
    assert.deepEqual(await store.articlesOf('story-bridge'), bridge);
    await store.close();
  });

  test('search finds article titles, bodies and facts (stemmed), with their story', async () => {
    const store = await seeded();
    const hits = await store.search('repairs');
    assert.deepEqual(new Set(hits.map((h) => `${h.kind}:${h.story}`)), new Set(['article:story-bridge', 'fact:story-bridge']));
    const fact = hits.find((h) => h.kind === 'fact')!;
    assert.equal(fact.fact, 'story-bridge-f0');
    assert.match(fact.snippet, /\[repairing\]/);
    assert.deepEqual((await store.search('Harbour strike')).map((h) => h.article), [harbour[0]!.id]);
    assert.deepEqual(await store.search('"unbalanced AND ('), []);
    assert.deepEqual(await store.search('!!'), []);
    await store.close();
  });

  test('search ignores accents both ways and marks the matched word', async () => {
    const store = await openFresh();
    const accented = makeArticle({ title: 'Minister Tomás Ferrada visits', text: 'Tomás Ferrada visited the Varn bridge.' });
    const plain = makeArticle({ text: 'The Sao Tome delegation met Minister Ferrada.' });
    await store.putArticles([accented, plain]);
    assert.deepEqual((await store.search('tomas ferrada')).map((h) => h.article), [accented.id]);
    const hits = await store.search('São Tomé');
    assert.deepEqual(hits.map((h) => h.article), [plain.id]);
    assert.match(hits[0]!.snippet, /\[Sao\] \[Tome\]/);
    await store.close();
  });

  test('entity lookups give the stories whose briefs list the entity', async () => {
    const store = await seeded();
    const varn = bridge[0]!.entities[0]!.id;
    assert.deepEqual((await store.entityStories(varn)).map((r) => r.id), ['story-bridge']);
    assert.deepEqual(await store.entityStories('nobody'), []);
    await store.close();
  });

  test('story rows by id come back in the order asked, unknown ids skipped', async () => {
    const store = await seeded();
    const rows = await store.storyRows(['story-harbour', 'nowhere', 'story-bridge']);
    assert.deepEqual(rows.map((r) => r.id), ['story-harbour', 'story-bridge']);
    assert.deepEqual(rows[1], (await store.listStories()).find((r) => r.id === 'story-bridge'));
    assert.deepEqual(await store.storyRows([]), []);
    await store.close();
  });

  test('story outlets: distinct known sources per story, most frequent first; none known is []', async () => {
    const store = await seeded();
    const extra = makeArticle({ text: 'The Hill Gazette followed up on the bridge.', source: 'Hill Gazette' });
    await store.putStories({ articles: [extra], assignments: [{ article: extra.id, story: 'story-bridge' }], briefs: [], removed: [], updatedAt: NOW });
    const outlets = await store.storyOutlets(['story-bridge', 'story-harbour', 'nowhere']);
    assert.deepEqual([...outlets], [
      ['story-bridge', ['Hill Gazette', 'Valley Post']],
      ['story-harbour', []],
      ['nowhere', []],
    ]);
    assert.equal((await store.storyOutlets([])).size, 0);
    await store.close();
  });

  test('a re-brief replaces the story row, its facts and entities; a merged-away story is gone', async () => {
    const store = await seeded();
    const all = [...bridge, ...harbour];
    const merged = makeBrief({ id: 'story-bridge', headline: 'Bridge and harbour', articles: all, facts: [{ text: 'Both reopened.', status: 'corroborated' }] });
    await store.putStories({
      articles: [],
      assignments: all.map((a) => ({ article: a.id, story: 'story-bridge' })),
      briefs: [merged],
      removed: ['story-harbour'],
      updatedAt: '2031-04-04T09:00:00.000Z',
    });
    assert.deepEqual(await store.counts(), { articles: 3, stories: 1 });
    assert.deepEqual(await store.search('repairing'), (await store.search('repairing')).filter((h) => h.kind === 'article'));
    assert.equal((await store.search('strike')).filter((h) => h.kind === 'fact').length, 0);
    assert.deepEqual((await store.entityStories(harbour[0]!.entities[0]!.id)).map((r) => r.id), ['story-bridge']);
    assert.deepEqual(await store.articlesOf('story-bridge'), all);
    assert.equal((await store.listStories())[0]!.updatedAt, '2031-04-04T09:00:00.000Z');
    await store.close();
  });

  test('a write that fails part way leaves nothing behind', async () => {
    const store = await seeded();
    const extra = makeArticle({ text: 'A third report on the bridge.', source: 'River News' });
    const unwritable = { ...bridgeBrief, headline: null } as unknown as Brief;
    await assert.rejects(
      store.putStories({
        articles: [extra],
        assignments: [{ article: extra.id, story: 'story-bridge' }],
        briefs: [harbourBrief, unwritable],
        removed: [],
        updatedAt: '2031-04-05T00:00:00.000Z',
      }),
    );
    assert.deepEqual(await store.counts(), { articles: 3, stories: 2 });
    assert.equal(await store.hasArticle(extra.id), false);
    assert.deepEqual(await store.getBrief('story-bridge'), bridgeBrief);
    assert.equal((await store.listStories())[1]!.updatedAt, NOW);
    await store.close();
  });

  test('a write computed from an older state of the store is refused whole', async () => {
    const store = await seeded();
    const extra = makeArticle({ text: 'A fourth report on the bridge.', source: 'River News' });
    const write = { articles: [extra], assignments: [{ article: extra.id, story: 'story-bridge' }], briefs: [], removed: [], updatedAt: NOW };
    await assert.rejects(store.putStories({ ...write, storedArticles: 2 }), StoreConflictError);
    assert.equal(await store.hasArticle(extra.id), false);
    await store.putStories({ ...write, storedArticles: 3 });
    assert.equal(await store.hasArticle(extra.id), true);
    await store.close();
  });

  test('articles put without a story count as unassigned until a write assigns them', async () => {
    const store = await seeded();
    const loose = [makeArticle({ text: 'A loose report on the bridge.' }), makeArticle({ text: 'A loose report on the harbour.' })];
    assert.equal(await store.unassignedArticles(), 0);
    await store.putArticles(loose);
    assert.equal(await store.unassignedArticles(), 2);
    await store.putStories({ articles: [], assignments: [{ article: loose[0]!.id, story: 'story-bridge' }], briefs: [], removed: [], updatedAt: NOW });
    assert.equal(await store.unassignedArticles(), 1);
    assert.deepEqual(await store.counts(), { articles: 5, stories: 2 });
    await store.close();
  });

  test('a write computed from an older count of assigned articles is refused whole', async () => {
    const store = await seeded();
    const loose = makeArticle({ text: 'A loose report on the bridge.' });
    await store.putArticles([loose]);
    const write = { articles: [], assignments: [{ article: loose.id, story: 'story-bridge' }], briefs: [], removed: [], updatedAt: NOW };
    await assert.rejects(store.putStories({ ...write, assignedArticles: 2 }), StoreConflictError);
    assert.equal(await store.unassignedArticles(), 1);
    // Articles added without a story do not change the count an assigner computed from.
    await store.putStories({ ...write, assignedArticles: 3, storedArticles: 4 });
    assert.equal(await store.unassignedArticles(), 0);
    assert.deepEqual((await store.articlesOf('story-bridge')).map((a) => a.id), [...bridge.map((a) => a.id), loose.id]);
    await store.close();
  });
  });
}
