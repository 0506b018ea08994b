// Several writers on one PostgreSQL store at once, as worker processes are: each store below has its
// own connection pool, so the server sees separate sessions exactly as it would from other processes.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { openPostgresStore } from '../../../src/store/postgres/index.ts';
import { StoreConflictError, type Store, type StoryWrite } from '../../../src/store/index.ts';
import { makeArticle, makeBrief } from '../_fixtures.ts';
import { createSchema, dropDatabases, skipPostgres } from './_database.ts';

after(dropDatabases);

const NOW = '2031-04-03T09:00:00.000Z';
const reports = Array.from({ length: 300 }, (_, i) => makeArticle({ text: `Report ${i} on the Varn bridge works.`, source: `Outlet ${i % 5}` }));

async function twoStores(): Promise<{ url: string; stores: [Store, Store] }> {
  const url = await createSchema();
  return { url, stores: [await openPostgresStore(url), await openPostgresStore(url)] };
}

async function one(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>(sql)).rows[0]!.n;
  } finally {
    await client.end();
  }
}

/** A write adding `extra` as a new story, computed from a store holding `stored` articles. */
function newStory(extra: ReturnType<typeof makeArticle>, stored: number): StoryWrite {
  const brief = makeBrief({ id: `story-${extra.id}`, headline: extra.text, articles: [extra] });
  return { articles: [extra], assignments: [{ article: extra.id, story: brief.id }], briefs: [brief], removed: [], updatedAt: NOW, storedArticles: stored };
}

describe('PostgreSQL store under concurrent writers', { skip: skipPostgres }, () => {
  test('two stores putting the same articles at once store each once and count each new once', async () => {
    const { url, stores } = await twoStores();
    try {
      // Overlapping batches in opposite orders: both writers insert the same ids at the same time.
      const forward = [];
      const backward = [];
      for (let i = 0; i < reports.length; i += 50) {
        forward.push(reports.slice(i, i + 60));
        backward.unshift(reports.slice(i, i + 60).reverse());
      }
      const added = await Promise.all([
        (async () => { let n = 0; for (const batch of forward) n += await stores[0].putArticles(batch); return n; })(),
        (async () => { let n = 0; for (const batch of backward) n += await stores[1].putArticles(batch); return n; })(),
      ]);
      assert.equal(added[0] + added[1], reports.length, `new articles counted once between the writers: ${added.join(' + ')}`);
      assert.equal(await one(url, 'SELECT count(*)::integer AS n FROM articles'), reports.length);
      assert.equal(await one(url, 'SELECT count(DISTINCT id)::integer AS n FROM articles'), reports.length);
      assert.deepEqual(new Set((await stores[1].allArticles()).map((a) => a.id)), new Set(reports.map((a) => a.id)));
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  test('of two writes computed from the same state at once, one is written and the other refused whole', async () => {
    const { url, stores } = await twoStores();
    try {
      await stores[0].putArticles(reports.slice(0, 10));
      for (let round = 0; round < 5; round++) {
        const stored = await stores[0].counts();
        const mine = makeArticle({ text: `Round ${round}: the first writer's report.` });
        const theirs = makeArticle({ text: `Round ${round}: the second writer's report.` });
        const results = await Promise.allSettled([
          stores[0].putStories(newStory(mine, stored.articles)),
          stores[1].putStories(newStory(theirs, stored.articles)),
        ]);
        const refused = results.filter((r) => r.status === 'rejected');
        assert.equal(refused.length, 1, `round ${round}: exactly one write refused`);
        assert.ok((refused[0] as PromiseRejectedResult).reason instanceof StoreConflictError);
        assert.equal((await stores[0].counts()).articles, stored.articles + 1);
        assert.equal((await stores[1].counts()).stories, stored.stories + 1);
      }
      assert.equal(await one(url, 'SELECT count(*)::integer AS n FROM articles WHERE story_id IS NOT NULL AND story_id NOT IN (SELECT id FROM stories)'), 0);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  test('an insert committed while a checked write waits for its lock makes that write refused', async () => {
    const { url, stores } = await twoStores();
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      await stores[0].putArticles(reports.slice(0, 3));
      // Another session is mid-way through adding an article: the checked write must wait for it.
      await other.query('BEGIN');
      await other.query(
        `INSERT INTO articles (id, words, text, entities, dates, data) VALUES ('late', 1, 'late', '[]', '[]', '{}')`,
      );
      const write = stores[1].putStories(newStory(makeArticle({ text: 'Computed from three articles.' }), 3));
      const settled = write.then(() => 'written', (err: unknown) => err);
      await sleep(300);
      assert.equal(await Promise.race([settled, sleep(0).then(() => 'waiting')]), 'waiting', 'the checked write waits for the open insert');
      await other.query('COMMIT');
      assert.ok((await settled) instanceof StoreConflictError);
      assert.equal((await stores[0].counts()).articles, 4);
    } finally {
      await other.end();
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  test('of two story assigners computed from the same assigned count, one is refused; workers adding articles go on', async () => {
    const { stores } = await twoStores();
    try {
      const loose = reports.slice(0, 4);
      await stores[0].putArticles(loose);
      const assigner = (store: Store, article: string, story: string) =>
        store.putStories({ articles: [], assignments: [{ article, story }], briefs: [], removed: [], updatedAt: NOW, assignedArticles: 0 });
      const [results] = await Promise.all([
        Promise.allSettled([assigner(stores[0], loose[0]!.id, 'story-a'), assigner(stores[1], loose[1]!.id, 'story-b')]),
        stores[1].putArticles(reports.slice(4, 8)),
      ]);
      assert.deepEqual(results.map((r) => r.status).sort(), ['fulfilled', 'rejected']);
      assert.ok((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason instanceof StoreConflictError);
      assert.equal(await stores[0].unassignedArticles(), 7);
      assert.equal((await stores[0].counts()).articles, 8);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
