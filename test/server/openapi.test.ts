import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp, ROUTES } from '../../src/server/index.ts';
import { readOpenApi, responseErrors, seededStore } from './_support.ts';

/** Hono's `/stories/:id` as OpenAPI's `/stories/{id}`. */
const openApiPath = (path: string): string => path.replace(/:([A-Za-z_]+)/g, '{$1}');

test('every route the app serves is in the OpenAPI file, and every path there is served', async () => {
  const store = await seededStore();
  const app = createApp(store);
  const served = new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${openApiPath(r.path)}`));
  assert.deepEqual([...served].sort(), ROUTES.map((r) => `${r.method} ${openApiPath(r.path)}`).sort());
  const document = readOpenApi();
  assert.match(document.openapi, /^3\.1\./);
  const described = new Set(Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`)));
  assert.deepEqual([...described].sort(), [...served].sort());
  await store.close();
});

test('the response validator catches a body that breaks the schema', () => {
  assert.deepEqual(responseErrors({ method: 'GET', path: '/api/search', status: 200 }, { query: 'x', hits: [], stories: [] }), []);
  assert.ok(responseErrors({ method: 'GET', path: '/api/search', status: 200 }, { query: 'x', hits: [{ kind: 'poem' }], stories: [] }).length > 0);
  assert.ok(responseErrors({ method: 'GET', path: '/api/stories', status: 200 }, { schema: 'newsdesk/stories@1', stories: [{ id: 'a' }] }).length > 0);
  assert.ok(responseErrors({ method: 'GET', path: '/api/stories/{id}', status: 200 }, { id: 'x' }).length > 0, 'a brief is checked against the contract');
  assert.ok(responseErrors({ method: 'GET', path: '/api/nothing', status: 200 }, {}).length > 0);
});
