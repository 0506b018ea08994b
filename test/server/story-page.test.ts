import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { createApp } from '../../src/server/index.ts';
import { SHOWN_FACTS } from '../../src/render/site/story.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import type { Brief, BriefFact } from '../../src/types.ts';
import { makeArticle, makeBrief } from '../store/_fixtures.ts';
import { seededStore } from './_support.ts';

test('the story page is gzipped for clients that accept it, with the same text', async () => {
  const store = await seededStore();
  const app = createApp(store);
  const plain = await app.request('/stories/story-bridge');
  const zipped = await app.request('/stories/story-bridge', { headers: { 'accept-encoding': 'gzip, deflate' } });
  assert.equal(zipped.status, 200);
  assert.equal(zipped.headers.get('content-encoding'), 'gzip');
  assert.equal(plain.headers.get('content-encoding'), null);
  assert.match(zipped.headers.get('vary') ?? '', /Accept-Encoding/);
  assert.match(zipped.headers.get('content-type') ?? '', /^text\/html/);
  assert.equal(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8'), await plain.text());
  await store.close();
});

test('a browser holding the current version gets 304; a re-brief changes the page at once', async () => {
  const store = await seededStore();
  const app = createApp(store);
  const first = await app.request('/stories/story-bridge');
  const etag = first.headers.get('etag');
  assert.ok(etag);
  assert.match(await first.text(), /The Varn bridge reopened/);
  const again = await app.request('/stories/story-bridge', { headers: { 'if-none-match': etag } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
  const brief = (await store.getBrief('story-bridge'))!;
  await store.putStories({ articles: [], assignments: [], briefs: [{ ...brief, headline: 'The Varn bridge reopened to lorries' }], removed: [], updatedAt: '2031-04-05T08:00:00.000Z' });
  const changed = await app.request('/stories/story-bridge', { headers: { 'if-none-match': etag } });
  assert.equal(changed.status, 200);
  assert.notEqual(changed.headers.get('etag'), etag);
  assert.match(await changed.text(), /The Varn bridge reopened to lorries/);
  const json = await app.request('/api/stories/story-bridge', { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(json.headers.get('content-encoding'), 'gzip');
  const served = JSON.parse(gunzipSync(Buffer.from(await json.arrayBuffer())).toString('utf8')) as Brief;
  assert.equal(served.headline, 'The Varn bridge reopened to lorries', 'the API serves the current brief too');
  const jsonAgain = await app.request('/api/stories/story-bridge', { headers: { 'if-none-match': json.headers.get('etag')! } });
  assert.equal(jsonAgain.status, 304);
  assert.notEqual(json.headers.get('etag'), changed.headers.get('etag'), 'the page and the JSON have their own ETags');
  await store.putStories({ articles: [], assignments: [], briefs: [], removed: ['story-bridge'], updatedAt: '2031-04-06T08:00:00.000Z' });
  assert.equal((await app.request('/stories/story-bridge')).status, 404, 'a story merged away is gone, not served from memory');
  assert.equal((await app.request('/api/stories/story-bridge')).status, 404);
  await store.close();
});

/** A story with many facts: most single-source, a few corroborated and disputed, one cited by the summary. */
async function bigStory(facts: number): Promise<{ store: ReturnType<typeof openSqliteStore>; brief: Brief }> {
  const store = openSqliteStore(':memory:');
  const articles = Array.from({ length: 30 }, (_, i) => makeArticle({ title: `Dam report ${i}`, text: `Report ${i} on the Halden dam.`, source: `Outlet ${i % 20}` }));
  const base = makeBrief({ id: 'story-dam', headline: 'Halden dam', articles, facts: [] });
  const factList: BriefFact[] = Array.from({ length: facts }, (_, i) => ({
    id: `fact-${i}`,
    text: `Detail number ${i} about the dam.`,
    status: i % 25 === 3 ? 'disputed' : i % 10 === 5 ? 'corroborated' : 'single-source',
    articles: [articles[i % 30]!.id],
    evidence: [{ article: articles[i % 30]!.id, sentence: `Sentence ${i} about the dam.` }],
  }));
  const quote = { id: 'q1', speaker: { name: 'Ane Berg', entity: null }, text: 'We will open it', kind: 'full' as const, articles: articles.map((a) => a.id), variants: [] };
  const brief: Brief = {
    ...base,
    facts: factList,
    quotes: [quote],
    summary: [{ text: 'The dam opened.', facts: [`fact-${facts - 1}`], articles: [articles[(facts - 1) % 30]!.id] }],
  };
  await store.putStories({ articles, assignments: articles.map((a) => ({ article: a.id, story: 'story-dam' })), briefs: [brief], removed: [], updatedAt: '2031-04-03T09:00:00.000Z' });
  return { store, brief };
}

test('a story with many facts lists the summary’s, the disputed and corroborated first, and links to all', async () => {
  const { store, brief } = await bigStory(SHOWN_FACTS + 40);
  const app = createApp(store);
  const page = await (await app.request('/stories/story-dam')).text();
  const listed = [...page.matchAll(/<li class="fact [a-z-]+" id="fact-(fact-\d+)"/g)].map((m) => m[1]!);
  assert.equal(listed.length, SHOWN_FACTS);
  assert.ok(listed.includes(`fact-${SHOWN_FACTS + 39}`), 'the fact the summary cites is listed');
  for (const fact of brief.facts.filter((f) => f.status !== 'single-source')) assert.ok(listed.includes(fact.id), `${fact.id} (${fact.status}) is listed`);
  const order = listed.map((id) => Number(id.slice(5)));
  assert.deepEqual(order, [...order].sort((a, b) => a - b), 'facts keep their order and numbers');
  assert.match(page, /<a data-testid="all-facts" href="\/stories\/story-dam\?facts=all">Show all 100 facts<\/a>/);
  const target = /<a class="cite-evidence" href="#([^"]+)"/.exec(page)?.[1];
  assert.ok(target && page.includes(`id="${target}"`), 'the summary citation has its evidence in the page');
  assert.match(page, /and 18 more/, 'a quote names its first articles only');
  assert.equal((page.match(/<td class="fact-cell">/g) ?? []).length, 40, 'the coverage matrix is bounded');
  const all = await (await app.request('/stories/story-dam?facts=all')).text();
  assert.equal((all.match(/<li class="fact /g) ?? []).length, SHOWN_FACTS + 40);
  assert.ok(!all.includes('data-testid="all-facts"'));
  await store.close();
});
