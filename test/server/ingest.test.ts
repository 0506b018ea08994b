import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp, type IngestReport } from '../../src/server/index.ts';
import { createPipelineContext } from '../../src/pipeline.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { responseErrors } from './_support.ts';

const pipeline = createPipelineContext();
const now = (): Date => new Date('2031-06-01T10:00:00.000Z');

const ferry = [
  {
    title: 'Ferry service to Lunden resumes',
    source: 'Fjord Courier',
    date: '2031-05-12',
    text: 'The ferry service between Harsby and Lunden resumed on Monday after a three-week halt. The operator, Nordvik Lines, said two ships would sail daily. "We are glad to have passengers back," said Nordvik Lines director Elin Strand.',
  },
  {
    title: 'Lunden ferries sail again',
    source: 'Coastline Daily',
    date: '2031-05-12',
    text: 'Ferries between Harsby and Lunden sailed again on Monday, ending a three-week halt. Nordvik Lines said two ships would run every day. "We are glad to have our passengers back," Elin Strand, the director of Nordvik Lines, said.',
  },
];

/** A POST; bytes, so that no Content-Type is implied when none is given. */
function post(body: string, contentType: string | null): RequestInit {
  return { method: 'POST', body: new TextEncoder().encode(body), headers: contentType === null ? {} : { 'content-type': contentType } };
}

async function report(response: Response, status: number): Promise<IngestReport> {
  const body = (await response.json()) as IngestReport;
  assert.equal(response.status, status, JSON.stringify(body));
  assert.deepEqual(responseErrors({ method: 'POST', path: '/api/articles', status }, body), []);
  return body;
}

test('POST /api/articles adds a JSON array, re-briefs the story, and a repeat is a no-op', async () => {
  const store = openSqliteStore(':memory:');
  const app = createApp(store, { pipeline, now });
  const first = await report(await app.request('/api/articles', post(JSON.stringify(ferry), 'application/json')), 201);
  assert.equal(first.added, 2);
  assert.equal(first.known, 0);
  assert.equal(first.articles.length, 2);
  assert.equal(first.stories.length, 1);
  assert.deepEqual(first.rejected, []);
  const story = first.stories[0]!;
  const listed = (await (await app.request('/api/stories')).json()) as { stories: { id: string; articles: number; outlets: string[] }[] };
  assert.deepEqual(listed.stories.map((s) => [s.id, s.articles]), [[story, 2]]);
  assert.deepEqual([...listed.stories[0]!.outlets].sort(), ['Coastline Daily', 'Fjord Courier']);
  const page = await (await app.request(`/stories/${story}`)).text();
  assert.match(page, /Lunden/);
  const again = await report(await app.request('/api/articles', post(JSON.stringify(ferry), 'application/json')), 200);
  assert.equal(again.added, 0);
  assert.equal(again.known, 2);
  assert.deepEqual(again.stories, []);
  assert.deepEqual(await store.counts(), { articles: 2, stories: 1 });
  await store.close();
});

test('JSON Lines, a single JSON object, plain text and HTML bodies are read; bad items are listed, the rest go in', async () => {
  const store = openSqliteStore(':memory:');
  const app = createApp(store, { pipeline, now });
  const lines = `${JSON.stringify(ferry[0])}\n{not json\n${JSON.stringify({ title: 'no body' })}\n`;
  const mixed = await report(await app.request('/api/articles', post(lines, 'application/x-ndjson; charset=utf-8')), 201);
  assert.equal(mixed.added, 1);
  assert.deepEqual(mixed.rejected.map((r) => [r.path, r.problems[0]!.rule]), [
    ['request.jsonl#2', 'ingest/malformed-json'],
    ['request.jsonl#3', 'ingest/empty-item'],
  ]);
  const single = await report(await app.request('/api/articles', post(JSON.stringify(ferry[1]), 'application/json')), 201);
  assert.equal(single.added, 1);
  const text = 'date 2031-05-13\nThe harbour office in Harsby said on Tuesday that the ferry timetable would return to normal in June, once the second ship is back from repairs at the yard in Vesterholm.';
  assert.equal((await report(await app.request('/api/articles', post(text, 'text/plain')), 201)).added, 1);
  const html = '<html><head><title>Harsby harbour fees rise</title></head><body><article><h1>Harsby harbour fees rise</h1><p>The harbour board in Harsby voted on Wednesday to raise mooring fees by four percent from July.</p><p>Board members said the money would pay for a new breakwater.</p></article></body></html>';
  assert.equal((await report(await app.request('/api/articles', post(html, 'text/html')), 201)).added, 1);
  assert.equal((await store.counts()).articles, 4);
  await store.close();
});

test('bodies with nothing to add are 400 JSON errors; bad JSON is bad-json', async () => {
  const store = openSqliteStore(':memory:');
  const app = createApp(store, { pipeline, now });
  const cases: [string, string, string][] = [
    ['{bad', 'application/json', 'bad-json'],
    ['[]', 'application/json', 'no-articles'],
    ['[1, "two", null]', 'application/json', 'no-articles'],
    ['{"title": "only a title"}', 'application/json', 'no-articles'],
    ['   ', 'text/plain', 'no-articles'],
  ];
  for (const [body, type, code] of cases) {
    const response = await app.request('/api/articles', post(body, type));
    assert.equal(response.status, 400, body);
    const error = (await response.json()) as { error: { code: string; message: string } };
    assert.deepEqual(responseErrors({ method: 'POST', path: '/api/articles', status: 400 }, error), []);
    assert.equal(error.error.code, code, body);
  }
  const notUtf8 = new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
  const json = await app.request('/api/articles', { method: 'POST', body: notUtf8, headers: { 'content-type': 'application/json' } });
  assert.equal(json.status, 400);
  assert.match(((await json.json()) as { error: { message: string } }).error.message, /UTF-8/);
  const garbage = new Uint8Array(400).map((_, i) => (i % 2 === 0 ? 0xc3 : 0x28));
  const text = await app.request('/api/articles', { method: 'POST', body: garbage, headers: { 'content-type': 'text/plain' } });
  assert.equal(text.status, 400);
  const rejected = ((await text.json()) as { error: { details: { rejected: { problems: { rule: string }[] }[] } } }).error.details.rejected;
  assert.equal(rejected[0]?.problems[0]?.rule, 'ingest/invalid-utf8', 'the ingest stage checks the bytes as it does for files');
  assert.deepEqual(await store.counts(), { articles: 0, stories: 0 });
  await store.close();
});

test('a missing or wrong Content-Type is 415; a body over the limit is 413; both JSON', async () => {
  const store = openSqliteStore(':memory:');
  const app = createApp(store, { pipeline, now, maxBodyBytes: 1000 });
  for (const type of [null, 'application/xml', 'multipart/form-data; boundary=x', 'image/png']) {
    const response = await app.request('/api/articles', post(JSON.stringify(ferry), type));
    assert.equal(response.status, 415, String(type));
    const error = await response.json();
    assert.deepEqual(responseErrors({ method: 'POST', path: '/api/articles', status: 415 }, error), []);
  }
  const big = JSON.stringify([{ ...ferry[0], text: 'word '.repeat(400) }]);
  const response = await app.request('/api/articles', post(big, 'application/json'));
  assert.equal(response.status, 413);
  const error = (await response.json()) as { error: { code: string } };
  assert.deepEqual(responseErrors({ method: 'POST', path: '/api/articles', status: 413 }, error), []);
  assert.equal(error.error.code, 'body-too-large');
  // Without a Content-Length (a stream), the limit still holds.
  const stream = new ReadableStream({
    start(controller) {
      for (let i = 0; i < 10; i += 1) controller.enqueue(new TextEncoder().encode('x'.repeat(200)));
      controller.close();
    },
  });
  const streamed = await app.request('/api/articles', { method: 'POST', body: stream, headers: { 'content-type': 'text/plain' }, duplex: 'half' } as RequestInit);
  assert.equal(streamed.status, 413);
  assert.deepEqual(await store.counts(), { articles: 0, stories: 0 });
  await store.close();
});

test('concurrent ingests are serialised: both succeed and the store holds every article once', async () => {
  const store = openSqliteStore(':memory:');
  const app = createApp(store, { pipeline, now });
  const [a, b] = await Promise.all([
    app.request('/api/articles', post(JSON.stringify(ferry[0]), 'application/json')),
    app.request('/api/articles', post(JSON.stringify(ferry[1]), 'application/json')),
  ]);
  assert.equal((await report(a!, 201)).added, 1);
  assert.equal((await report(b!, 201)).added, 1);
  assert.deepEqual(await store.counts(), { articles: 2, stories: 1 });
  await store.close();
});

test('a page of another origin cannot add articles through the browser (403); the same origin can', async () => {
  const store = openSqliteStore(':memory:');
  const app = createApp(store, { pipeline, now });
  for (const origin of ['http://evil.example', 'null', 'http://localhost:9999']) {
    const response = await app.request('http://localhost:8080/api/articles', { ...post(JSON.stringify(ferry[0]), 'text/plain'), headers: { 'content-type': 'text/plain', origin } });
    assert.equal(response.status, 403, origin);
    const error = (await response.json()) as { error: { code: string } };
    assert.deepEqual(responseErrors({ method: 'POST', path: '/api/articles', status: 403 }, error), []);
    assert.equal(error.error.code, 'forbidden-origin');
  }
  assert.equal((await store.counts()).articles, 0);
  const same = await app.request('http://localhost:8080/api/articles', { ...post('[]', 'application/json'), headers: { 'content-type': 'application/json', origin: 'http://localhost:8080' } });
  assert.equal(same.status, 400, 'the same origin gets through to reading the body');
  await store.close();
});
