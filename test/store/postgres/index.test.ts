// The shared store suite against PostgreSQL: each test gets its own fresh schema in this file's database, dropped at the end.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeLocation, openPostgresStore } from '../../../src/store/postgres/index.ts';
import { storeSuite } from '../_suite.ts';
import { makeArticle, makeBrief } from '../_fixtures.ts';
import { createSchema, dropDatabases, skipPostgres } from './_database.ts';

after(dropDatabases);

storeSuite('PostgreSQL store', async () => openPostgresStore(await createSchema()), { skip: skipPostgres });

test('a NUL in an article (PostgreSQL text cannot hold one) is stored as U+FFFD, spans intact; the write goes through', { skip: skipPostgres }, async () => {
  const store = await openPostgresStore(await createSchema());
  try {
    const nul = makeArticle({ title: 'Night\u0000shift', text: 'The night\u0000shift at the Varn bridge ended.', source: 'Valley\u0000Post' });
    const brief = makeBrief({ id: 'story-nul', headline: 'Night\u0000shift ends', articles: [nul], facts: [{ text: 'The\u0000shift ended.', status: 'single-source' }] });
    await store.putStories({ articles: [nul], assignments: [{ article: nul.id, story: 'story-nul' }], briefs: [brief], removed: [], updatedAt: '2031-04-03T09:00:00.000Z' });
    const [stored] = await store.getArticles([nul.id]);
    assert.equal(stored!.text, 'The night\uFFFDshift at the Varn bridge ended.');
    assert.equal(stored!.text.length, nul.text.length);
    assert.deepEqual({ ...stored!, text: nul.text }, nul, 'everything but the text comes back as it went in');
    assert.deepEqual(await store.getBrief('story-nul'), brief);
    assert.equal((await store.listStories())[0]!.headline, 'Night\uFFFDshift ends');
    assert.deepEqual((await store.search('bridge')).map((h) => h.article), [nul.id]);
  } finally {
    await store.close();
  }
});

test('a store location is described without its password or options', () => {
  assert.equal(describeLocation('postgresql://news:pa55@db.example:5433/desk?sslmode=require'), 'postgresql://news@db.example:5433/desk');
  assert.equal(describeLocation('postgres:///desk?host=/var/run/postgresql'), 'postgres:///var/run/postgresql/desk');
  assert.equal(describeLocation('postgres://localhost/desk'), 'postgres://localhost/desk');
});
