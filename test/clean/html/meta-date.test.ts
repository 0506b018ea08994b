import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPublished, normaliseDate, urlDate } from '../../../src/clean/html/meta-date.ts';
import { parseDocument } from '../../../src/clean/html/_dom.ts';
import { readPageHead } from '../../../src/clean/html/_meta.ts';

const find = (head: string, body = '', url: string | null = null, notAfter = '2024-12-31') => {
  const doc = parseDocument(`<html><head>${head}</head><body>${body}</body></html>`);
  return findPublished(readPageHead(doc), url, notAfter);
};

test('normalises ISO dates, keeps the offset, rejects junk', () => {
  assert.equal(normaliseDate('2024-03-05'), '2024-03-05');
  assert.equal(normaliseDate('2024-03-05T08:30:00+0100'), '2024-03-05T08:30:00+01:00');
  assert.equal(normaliseDate('2024-03-05 08:30'), '2024-03-05T08:30:00');
  assert.equal(normaliseDate('20240305'), '2024-03-05');
  assert.equal(normaliseDate('2024-13-45'), null);
  assert.equal(normaliseDate('yesterday-ish'), null);
  assert.equal(normaliseDate('March 5, 2024')?.slice(0, 7), '2024-03');
});

test('JSON-LD datePublished comes first, then article:published_time', () => {
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-02-01T10:00:00Z"}</script>';
  const meta = '<meta property="article:published_time" content="2024-02-02">';
  assert.deepEqual(find(ld + meta), { value: '2024-02-01T10:00:00Z', from: 'json-ld' });
  assert.deepEqual(find(meta), { value: '2024-02-02', from: 'meta' });
});

test('JSON-LD inside @graph is found', () => {
  const ld = '<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"Article","datePublished":"2024-04-04"}]}</script>';
  assert.equal(find(ld)?.value, '2024-04-04');
});

test('a <time datetime> is used when no meta gives the date', () => {
  assert.deepEqual(find('', '<article><time datetime="2024-05-06T07:00:00Z">6 May</time></article>'), {
    value: '2024-05-06T07:00:00Z',
    from: 'time',
  });
});

test('the URL date is the last resort before the modified date', () => {
  assert.equal(urlDate('https://example.org/news/2024/06/07/story'), '2024-06-07');
  assert.equal(urlDate('https://example.org/news/20240607/story'), '2024-06-07');
  assert.deepEqual(find('<meta property="article:modified_time" content="2024-06-09">', '', 'https://example.org/2024/06/07/story'), {
    value: '2024-06-07',
    from: 'url',
  });
  assert.deepEqual(find('<meta property="article:modified_time" content="2024-06-09">'), { value: '2024-06-09', from: 'modified' });
});

test('a date in the future is never taken', () => {
  const head = '<meta property="article:published_time" content="2031-01-01"><meta name="date" content="2024-01-01">';
  assert.equal(find(head, '<time datetime="2024-01-02">x</time>', null, '2025-01-01')?.value, '2024-01-02');
});

test('malformed JSON-LD is ignored', () => {
  assert.equal(find('<script type="application/ld+json">{not json</script>'), null);
});
