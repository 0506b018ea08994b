import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { acceptsGzip, createPageCache } from '../../src/server/page-cache.ts';

test('a cached page is served only for its version, as UTF-8 and gzip of the same text', () => {
  const cache = createPageCache(1_000_000);
  const page = cache.set('story-a', 'v1', '<p>Tromsø — “quoted”</p>');
  assert.equal(new TextDecoder().decode(page.html), '<p>Tromsø — “quoted”</p>');
  assert.equal(gunzipSync(page.gzip).toString('utf8'), '<p>Tromsø — “quoted”</p>');
  assert.equal(cache.get('story-a', 'v1'), page);
  assert.equal(cache.get('story-a', 'v2'), undefined, 'another version is not served');
  assert.equal(cache.get('story-b', 'v1'), undefined);
});

test('least recently used pages are dropped past the byte budget; an oversized page is not kept', () => {
  const text = (n: number): string => 'x'.repeat(n);
  const probe = createPageCache(1_000_000).set('p', 'v', text(400));
  const cost = probe.html.byteLength + probe.gzip.byteLength;
  const cache = createPageCache(cost * 2);
  cache.set('a', 'v', text(400));
  cache.set('b', 'v', text(400));
  assert.ok(cache.get('a', 'v'), 'a is used, so b is now the least recent');
  cache.set('c', 'v', text(400));
  assert.equal(cache.get('b', 'v'), undefined);
  assert.ok(cache.get('a', 'v'));
  assert.ok(cache.get('c', 'v'));
  const huge = cache.set('huge', 'v', text(100_000) + Math.random());
  assert.ok(huge.html.byteLength > 0, 'the page is still returned');
  assert.equal(cache.get('huge', 'v'), undefined);
  assert.ok(cache.get('a', 'v'), 'an oversized page evicts nothing');
});

test('Accept-Encoding: gzip is honoured unless refused with q=0', () => {
  assert.equal(acceptsGzip(undefined), false);
  assert.equal(acceptsGzip(''), false);
  assert.equal(acceptsGzip('gzip'), true);
  assert.equal(acceptsGzip('gzip, deflate, br'), true);
  assert.equal(acceptsGzip('br;q=1.0, GZIP;q=0.5'), true);
  assert.equal(acceptsGzip('*'), true);
  assert.equal(acceptsGzip('gzip;q=0'), false);
  assert.equal(acceptsGzip('deflate, br'), false);
  assert.equal(acceptsGzip('gzipx'), false);
});
