/**
 * Article text is escaped everywhere: articles carrying script, attribute-breaking and
 * `javascript:` payloads are ingested through plain text, HTML and JSON bodies, then every page
 * (list, search, each story, each entity) is checked for an unescaped payload.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/server/index.ts';
import { createPipelineContext } from '../../src/pipeline.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import type { Brief } from '../../src/types.ts';

const SCRIPT = '<script>alert(1)</script>';
const BREAKOUT = '"><img src=x onerror=alert(1)>';
const JS_URL = 'javascript:alert(1)';

const textBody = `date 2031-07-02
The council of Brenmark ${SCRIPT} approved the new tram line on Wednesday after a long debate. "The tram ${BREAKOUT} will change the city," said council leader Tove Aren. Construction of the line is due to start in the autumn and to take two years.`;

const htmlBody = `<!doctype html><html><head><title>Brenmark tram ${'&lt;script&gt;alert(1)&lt;/script&gt;'}</title>
<meta property="og:site_name" content="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"><link rel="canonical" href="${JS_URL}"></head>
<body><article><h1>Brenmark approves tram line &lt;script&gt;alert(1)&lt;/script&gt;</h1>
<p>The council of Brenmark approved the tram line on Wednesday, council leader Tove Aren said, &quot;&gt;&lt;img src=x onerror=alert(1)&gt; after months of debate.</p>
<p>"The tram &lt;script&gt;alert(1)&lt;/script&gt; will change the city," said Tove Aren. Work starts in the autumn and is due to take two years.</p>
<p><a href="${JS_URL}">Read more</a></p><script>alert(1)</script></article></body></html>`;

const jsonBody = JSON.stringify([
  {
    title: `Tram line ${SCRIPT} approved in Brenmark`,
    source: BREAKOUT,
    url: JS_URL,
    date: '2031-07-02',
    text: `Brenmark's council ${BREAKOUT} approved a new tram line on Wednesday. "The tram ${SCRIPT} will change the city," council leader Tove Aren said after the vote. Building work is to start in the autumn and take two years, the council said.`,
  },
  {
    title: `Brenmark tram ${BREAKOUT}`,
    source: `${SCRIPT} Wire`,
    date: '2031-07-03',
    html: `<p>The tram line approved by the Brenmark council &lt;script&gt;alert(1)&lt;/script&gt; on Wednesday will cost 80 million, officials said on Thursday.</p><p>"It is money well spent ${BREAKOUT.replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')}," said Tove Aren, the council leader, to reporters.</p>`,
  },
]);

const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s=>"'/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=>"'/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

/**
 * What would run or inject markup: a script, img or iframe element, an on* attribute, a
 * javascript: link, or a raw payload. Tags are read attribute by attribute, so an escaped payload
 * inside a quoted attribute value (the search box repeating the query) is not mistaken for one.
 */
function unsafe(page: string): string[] {
  const found: string[] = [];
  if (page.includes(BREAKOUT) || page.includes(SCRIPT)) found.push('a raw payload');
  for (const tag of page.matchAll(TAG)) {
    const name = tag[1]!.toLowerCase();
    if (name === 'script' || name === 'img' || name === 'iframe') found.push(`<${name}>`);
    for (const attribute of (tag[2] ?? '').matchAll(ATTRIBUTE)) {
      const key = attribute[1]!.toLowerCase();
      const value = (attribute[2] ?? attribute[3] ?? attribute[4] ?? '').trim().toLowerCase();
      if (key.startsWith('on')) found.push(`${key}= on <${name}>`);
      if ((key === 'href' || key === 'src' || key === 'action') && value.startsWith('javascript:')) found.push(`${key}=javascript: on <${name}>`);
    }
  }
  // Every "<" that is not the start of a well-formed tag, a closing tag, a comment or the doctype is a leak.
  const stray = page.replace(TAG, '').replace(/<\/[a-zA-Z][\w-]*\s*>/g, '').replace(/<!doctype html>/i, '');
  if (stray.includes('<')) found.push(`stray "<" near ${JSON.stringify(stray.slice(stray.indexOf('<'), stray.indexOf('<') + 40))}`);
  return found;
}

test('payloads in titles, bodies, sources, quotes and URLs come out escaped in every page', async () => {
  const store = openSqliteStore(':memory:');
  const app = createApp(store, { pipeline: createPipelineContext(), now: () => new Date('2031-07-05T00:00:00.000Z') });
  for (const [body, type] of [
    [textBody, 'text/plain'],
    [htmlBody, 'text/html'],
    [jsonBody, 'application/json'],
  ] as const) {
    const response = await app.request('/api/articles', { method: 'POST', body, headers: { 'content-type': type } });
    assert.equal(response.status, 201, `${type}: ${await response.clone().text()}`);
  }
  assert.equal((await store.counts()).articles, 4);
  const stories = await store.listStories();
  const briefs = (await Promise.all(stories.map((s) => store.getBrief(s.id)))).filter((b): b is Brief => b !== null);
  const stored = JSON.stringify(briefs);
  assert.ok(stored.includes('<script>alert(1)</script>'), 'the script payload reached the briefs');
  assert.ok(stored.includes('onerror=alert(1)'), 'the attribute payload reached the briefs');
  assert.ok(stored.includes(JS_URL), 'the javascript: URL reached the briefs');
  const paths = [
    '/',
    '/?q=alert',
    '/?q=script',
    '/?q=onerror',
    `/?q=${encodeURIComponent(BREAKOUT)}`,
    `/?q=${encodeURIComponent(SCRIPT)}`,
    `/stories/${encodeURIComponent(SCRIPT)}`,
    ...stories.map((s) => `/stories/${s.id}`),
    ...briefs.flatMap((b) => b.entities.map((e) => `/entities/${e.id}`)),
  ];
  let escapedSeen = 0;
  for (const path of paths) {
    const response = await app.request(path);
    const page = await response.text();
    assert.deepEqual(unsafe(page), [], `${path} (${response.status})`);
    if (page.includes('&#60;script&#62;alert(1)&#60;/script&#62;')) escapedSeen += 1;
  }
  assert.ok(escapedSeen >= 2, 'the payloads are shown, escaped, not dropped');
  assert.ok(unsafe(`<p title="x" onclick="y">`).length > 0 && unsafe('<a href=" javascript:x">').length > 0, 'the checker finds what it looks for');
  await store.close();
});

test('the JSON API returns article text as JSON strings, never as HTML', async () => {
  const store = openSqliteStore(':memory:');
  const app = createApp(store, { pipeline: createPipelineContext() });
  await app.request('/api/articles', { method: 'POST', body: jsonBody, headers: { 'content-type': 'application/json' } });
  for (const path of ['/api/stories', '/api/search?q=alert']) {
    const response = await app.request(path);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  }
  await store.close();
});
