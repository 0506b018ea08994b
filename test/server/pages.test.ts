import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp, SECURITY_HEADERS } from '../../src/server/index.ts';
import { bridgeArticles, seededStore, storeWithStories } from './_support.ts';

async function html(response: Response): Promise<string> {
  assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
  return response.text();
}

test('the home page lists stories with headline link, date, outlets and counts', async () => {
  const store = await seededStore();
  const app = createApp(store);
  const response = await app.request('/');
  assert.equal(response.status, 200);
  const page = await html(response);
  const rows = page.match(/data-testid="story-row"/g) ?? [];
  assert.equal(rows.length, 2);
  assert.match(page, /<a class="headline" data-testid="story-link" href="\/stories\/story-bridge">The Varn bridge reopened<\/a>/);
  assert.match(page, /data-testid="story-date">2031-04-01</);
  assert.match(page, /data-testid="story-articles">2 articles</);
  assert.match(page, /data-testid="story-corroborated">1 corroborated</);
  assert.match(page, /data-testid="story-disputed">1 disputed</);
  assert.match(page, /data-testid="story-outlets">(Hill Gazette, Valley Post|Valley Post, Hill Gazette)</);
  assert.match(page, /<form class="search" method="get" action="\/"/);
  assert.match(page, /<link rel="stylesheet" href="\/static\/site.css">/);
  assert.ok(!/<script|<style|style=/.test(page), 'no inline script or style (the CSP forbids them)');
  await store.close();
});

test('the list is paginated; a bad page number is a 400 page', async () => {
  const store = await storeWithStories(7);
  const app = createApp(store, { pageSize: 3 });
  const first = await html(await app.request('/'));
  assert.equal((first.match(/data-testid="story-row"/g) ?? []).length, 3);
  assert.match(first, /href="\/\?page=2"/);
  assert.ok(!first.includes('data-testid="page-prev"'));
  const last = await html(await app.request('/?page=3'));
  assert.equal((last.match(/data-testid="story-row"/g) ?? []).length, 1);
  assert.match(last, /page 3 of 3/);
  assert.ok(!last.includes('data-testid="page-next"'));
  for (const page of ['0', 'x', '-2']) {
    const response = await app.request(`/?page=${page}`);
    assert.equal(response.status, 400, page);
    assert.match(await html(response), /page must be/);
  }
  await store.close();
});

test('an empty store says how to add articles', async () => {
  const store = await storeWithStories(0);
  const page = await html(await createApp(store).request('/'));
  assert.match(page, /No stories yet/);
  await store.close();
});

test('search shows matching stories with marked snippets linking into the story page', async () => {
  const store = await seededStore();
  const app = createApp(store);
  const page = await html(await app.request('/?q=bridge'));
  assert.match(page, /<h1 class="page">Search: bridge<\/h1>/);
  assert.match(page, /value="bridge"/, 'the search box keeps the query');
  assert.match(page, /data-testid="search-story" href="\/stories\/story-bridge"/);
  assert.match(page, /<mark>bridge<\/mark>/i);
  assert.match(page, /href="\/stories\/story-bridge#article-/);
  assert.match(page, /href="\/stories\/story-bridge#fact-/);
  const none = await html(await app.request('/?q=volcano'));
  assert.match(none, /data-testid="search-empty"/);
  await store.close();
});

test('the story page shows the brief: facts with badges, entities linking to entity pages, articles with removed boilerplate', async () => {
  const store = await seededStore();
  const app = createApp(store);
  const response = await app.request('/stories/story-bridge');
  assert.equal(response.status, 200);
  const page = await html(response);
  assert.match(page, /<h1 class="page" data-testid="story-headline">The Varn bridge reopened<\/h1>/);
  assert.match(page, /<span class="badge corroborated">corroborated<\/span>/);
  assert.match(page, /<span class="badge disputed">disputed<\/span>/);
  const varn = bridgeArticles[0]!.entities[0]!.id;
  assert.match(page, new RegExp(`<a data-testid="entity-link" href="/entities/${varn}">Varn</a>`));
  assert.equal((page.match(/data-testid="article"/g) ?? []).length, 2);
  assert.match(page, /<details class="removed" data-testid="removed-toggle"><summary>removed boilerplate \(1\)<\/summary><ul data-testid="removed-list"><li><span class="reason">teaser<\/span>Subscribe now<\/li>/);
  for (const article of bridgeArticles) assert.ok(page.includes(`id="article-${article.id}"`));
  assert.match(page, /<h3>Coverage<\/h3>/);
  await store.close();
});

test('summary citations link to evidence anchors present in the page', async () => {
  const store = await seededStore();
  const brief = (await store.getBrief('story-bridge'))!;
  const fact = brief.facts[0]!;
  await store.putStories({
    articles: [],
    assignments: [],
    briefs: [{ ...brief, summary: [{ text: 'The bridge reopened.', facts: [fact.id], articles: [fact.evidence[0]!.article] }] }],
    removed: [],
    updatedAt: '2031-04-04T00:00:00.000Z',
  });
  const page = await html(await createApp(store).request('/stories/story-bridge'));
  const targets = [...page.matchAll(/<a class="cite-evidence" href="#(ev-[^"]+)"/g)].map((m) => m[1]!);
  assert.equal(targets.length, 1);
  for (const target of targets) assert.match(page, new RegExp(`<li id="${target}">[^]*?${fact.evidence[0]!.sentence}`));
  await store.close();
});

test('the entity page names the entity and lists its stories', async () => {
  const store = await seededStore();
  const app = createApp(store);
  const varn = bridgeArticles[0]!.entities[0]!.id;
  const page = await html(await app.request(`/entities/${varn}`));
  assert.match(page, /data-testid="entity-name">Varn</);
  assert.match(page, /data-testid="entity-type">place</);
  assert.match(page, /href="\/stories\/story-bridge"/);
  assert.ok(!page.includes('story-harbour'));
  await store.close();
});

test('unknown stories, entities and paths are 404 pages', async () => {
  const store = await seededStore();
  const app = createApp(store);
  for (const path of ['/stories/nope', '/entities/nope', '/no/such/page', '/static/nope.css']) {
    const response = await app.request(path);
    assert.equal(response.status, 404, path);
    assert.match(await html(response), /data-testid="not-found"/);
  }
  const post = await app.request('/', { method: 'POST' });
  assert.equal(post.status, 405);
  await store.close();
});

test('every response carries the security headers, errors included', async () => {
  const store = await seededStore();
  const app = createApp(store);
  for (const path of ['/', '/stories/story-bridge', '/stories/nope', '/api/stories', '/api/nope', '/static/site.css', '/?page=x']) {
    const response = await app.request(path);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(response.headers.get(name), value, `${name} on ${path}`);
  }
  const csp = SECURITY_HEADERS['Content-Security-Policy']!;
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'none'/);
  assert.ok(!csp.includes('unsafe-inline'));
  await store.close();
});

test('the style sheet is served from memory; no path reaches the file system', async () => {
  const store = await seededStore();
  const app = createApp(store);
  const css = await app.request('/static/site.css');
  assert.equal(css.status, 200);
  assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
  assert.match(await css.text(), /\.badge\.disputed/);
  for (const path of [
    '/static/../package.json',
    '/static/%2e%2e/package.json',
    '/static/%2e%2e%2fpackage.json',
    '/static/..%2f..%2fpackage.json',
    '/static/%2e%2e%5cpackage.json',
    '/static/site.css/../../package.json',
    '/static//etc/passwd',
    '/static/%2fetc%2fpasswd',
  ]) {
    const response = await app.request(`http://localhost${path}`);
    assert.equal(response.status, 404, path);
    const text = await response.text();
    assert.ok(!text.includes('"dependencies"') && !text.includes('root:'), path);
  }
  await store.close();
});
