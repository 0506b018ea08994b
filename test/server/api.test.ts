import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/server/index.ts';
import { bridgeArticles, responseErrors, seededStore, storeWithStories } from './_support.ts';

async function json(response: Response): Promise<unknown> {
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  return response.json();
}

test('GET /api/stories gives stories@1 rows with outlets, largest first, and pages with limit/offset', async () => {
  const store = await seededStore();
  const app = createApp(store);
  const response = await app.request('/api/stories');
  assert.equal(response.status, 200);
  const body = (await json(response)) as { stories: { id: string; outlets: string[]; articles: number }[]; total: number };
  assert.deepEqual(responseErrors({ method: 'GET', path: '/api/stories', status: 200 }, body), []);
  assert.deepEqual(body.stories.map((s) => s.id), ['story-bridge', 'story-harbour']);
  assert.deepEqual(body.stories[0]!.outlets.sort(), ['Hill Gazette', 'Valley Post']);
  assert.equal(body.total, 2);
  const second = (await json(await app.request('/api/stories?limit=1&offset=1'))) as { stories: { id: string }[]; limit: number; offset: number };
  assert.deepEqual(second.stories.map((s) => s.id), ['story-harbour']);
  assert.equal(second.limit, 1);
  assert.equal(second.offset, 1);
  await store.close();
});

test('bad limit/offset values are 400 JSON errors naming the parameter', async () => {
  const store = await storeWithStories(3);
  const app = createApp(store);
  for (const query of ['limit=abc', 'limit=0', 'limit=1001', 'offset=-1', 'offset=1.5', 'limit=1e3']) {
    const response = await app.request(`/api/stories?${query}`);
    assert.equal(response.status, 400, query);
    const body = (await json(response)) as { error: { code: string; message: string } };
    assert.deepEqual(responseErrors({ method: 'GET', path: '/api/stories', status: 400 }, body), []);
    assert.equal(body.error.code, 'bad-query');
    assert.match(body.error.message, new RegExp(query.split('=')[0]!));
  }
  await store.close();
});

test('GET /api/stories/:id gives the stored brief (the contract); an unknown id is a 404 JSON error', async () => {
  const store = await seededStore();
  const app = createApp(store);
  const response = await app.request('/api/stories/story-bridge');
  assert.equal(response.status, 200);
  const brief = await json(response);
  assert.deepEqual(responseErrors({ method: 'GET', path: '/api/stories/{id}', status: 200 }, brief), []);
  assert.deepEqual(brief, await store.getBrief('story-bridge'));
  const missing = await app.request('/api/stories/no-such-story');
  assert.equal(missing.status, 404);
  const error = await json(missing);
  assert.deepEqual(responseErrors({ method: 'GET', path: '/api/stories/{id}', status: 404 }, error), []);
  assert.equal((error as { error: { code: string } }).error.code, 'not-found');
  await store.close();
});

test('GET /api/search finds articles and facts with their stories; q is required', async () => {
  const store = await seededStore();
  const app = createApp(store);
  const response = await app.request('/api/search?q=bridge');
  assert.equal(response.status, 200);
  const body = (await json(response)) as { hits: { kind: string; story: string; snippet: string }[]; stories: { id: string }[] };
  assert.deepEqual(responseErrors({ method: 'GET', path: '/api/search', status: 200 }, body), []);
  assert.ok(body.hits.some((h) => h.kind === 'article' && h.story === 'story-bridge'));
  assert.ok(body.hits.some((h) => h.kind === 'fact' && /\[bridge\]/.test(h.snippet)));
  assert.deepEqual(body.stories.map((s) => s.id), ['story-bridge']);
  const nothing = (await json(await app.request('/api/search?q=volcano'))) as { hits: unknown[] };
  assert.deepEqual(nothing.hits, []);
  for (const query of ['', '?q=', '?q=%20%20', `?q=${'a'.repeat(501)}`, '?q=bridge&limit=0']) {
    const bad = await app.request(`/api/search${query}`);
    assert.equal(bad.status, 400, query);
    assert.deepEqual(responseErrors({ method: 'GET', path: '/api/search', status: 400 }, await json(bad)), []);
  }
  await store.close();
});

test('GET /api/entities/:id gives the entity and its stories; an unknown entity is a 404', async () => {
  const store = await seededStore();
  const app = createApp(store);
  const varn = bridgeArticles[0]!.entities[0]!;
  const response = await app.request(`/api/entities/${varn.id}`);
  assert.equal(response.status, 200);
  const body = (await json(response)) as { entity: { name: string; type: string }; stories: { id: string }[] };
  assert.deepEqual(responseErrors({ method: 'GET', path: '/api/entities/{id}', status: 200 }, body), []);
  assert.equal(body.entity.name, 'Varn');
  assert.equal(body.entity.type, 'place');
  assert.deepEqual(body.stories.map((s) => s.id), ['story-bridge']);
  const missing = await app.request('/api/entities/nobody');
  assert.equal(missing.status, 404);
  assert.deepEqual(responseErrors({ method: 'GET', path: '/api/entities/{id}', status: 404 }, await json(missing)), []);
  await store.close();
});

test('unknown API paths are 404 JSON; a wrong method is 405 JSON with Allow', async () => {
  const store = await seededStore();
  const app = createApp(store);
  const unknown = await app.request('/api/nothing-here');
  assert.equal(unknown.status, 404);
  assert.equal(((await json(unknown)) as { error: { code: string } }).error.code, 'not-found');
  for (const [method, path, openApiPath] of [
    ['DELETE', '/api/stories', '/api/stories'],
    ['POST', '/api/stories/story-bridge', '/api/stories/{id}'],
    ['PUT', '/api/search?q=x', '/api/search'],
    ['GET', '/api/articles', '/api/articles'],
  ] as const) {
    const response = await app.request(path, { method });
    assert.equal(response.status, 405, `${method} ${path}`);
    const body = await json(response);
    const described = openApiPath === '/api/articles' ? 'POST' : 'GET';
    assert.deepEqual(responseErrors({ method: described, path: openApiPath, status: 405 }, body), []);
    assert.ok(response.headers.get('allow')?.includes(described));
  }
  await store.close();
});

test('HEAD on a GET route answers like GET without a body', async () => {
  const store = await seededStore();
  const app = createApp(store);
  const response = await app.request('/api/stories', { method: 'HEAD' });
  assert.equal(response.status, 200);
  assert.equal(await response.text(), '');
  await store.close();
});
