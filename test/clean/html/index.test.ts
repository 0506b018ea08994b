import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as html from '../../../src/clean/html/index.ts';
import { defaultHtmlOptions, extractHtml } from '../../../src/clean/html/index.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/clean/html/${name}`, import.meta.url), 'utf8');
const options = { ...defaultHtmlOptions, notAfter: '2024-12-31' };

test('exports exactly the extraction function and its options', () => {
  assert.deepEqual(Object.keys(html).sort(), ['defaultHtmlOptions', 'extractHtml']);
});

test('an article page yields its body paragraphs and sub-heading in order', () => {
  const result = extractHtml(fixture('article.html'), 'https://lakeside.example/x', options);
  assert.equal(result.blocks.length, 6);
  assert.deepEqual(result.blocks[2], { type: 'heading', text: 'Cost of the work' });
  assert.match(result.blocks[0]!.text, /^The old harbour bridge opened/);
  assert.match(result.blocks[5]!.text, /first inspection is done\.$/);
  assert.deepEqual(result.diagnostics, []);
});

test('caption, teaser, advertisement and newsletter are cut with their reasons', () => {
  const result = extractHtml(fixture('article.html'), null, options);
  const reasons = new Map(result.removed.map((r) => [r.text, r.reason]));
  assert.equal(reasons.get('The bridge at dawn on Tuesday. Photo: Jon Arkwright'), 'caption');
  assert.equal(reasons.get('Read more: Council approves budget for new ferry terminal'), 'teaser');
  assert.equal(reasons.get('Advertisement'), 'advertisement');
  assert.equal(reasons.get("Sign up for our morning newsletter and get the day's news in your inbox."), 'newsletter');
  const body = result.blocks.map((b) => b.text).join('\n');
  assert.doesNotMatch(body, /Read more|Sign up|Photo:|Ferry fares/);
});

test('metadata comes from the page: og:title, site name, published time, canonical URL, lang, JSON-LD author', () => {
  const result = extractHtml(fixture('article.html'), 'https://lakeside.example/page?id=3', options);
  assert.equal(result.title, 'Harbour bridge reopens after two years of repairs');
  assert.equal(result.source, 'The Lakeside Courier');
  assert.equal(result.publishedAt, '2024-03-05T08:30:00+01:00');
  assert.equal(result.url, 'https://lakeside.example/news/2024/03/05/harbour-bridge');
  assert.equal(result.language, 'en-GB');
  assert.equal(result.byline, 'Mira Tolven');
});

test('hostile HTML yields only text: no script, style, handler or iframe content', () => {
  const result = extractHtml(fixture('hostile.html'), null, options);
  const all = JSON.stringify(result);
  for (const bad of ['INJECTED', 'STYLE TEXT', 'alert', 'steal', 'IFRAME TEXT', 'NOSCRIPT', 'javascript:', '<']) {
    assert.equal(all.includes(bad), false, `output contains ${bad}`);
  }
  assert.equal(result.blocks.length, 3);
});

test('a page without an article gives the no-article error and no blocks', () => {
  const result = extractHtml(fixture('no-article.html'), null, options);
  assert.deepEqual(result.blocks, []);
  assert.deepEqual(
    result.diagnostics.map((d) => [d.rule, d.severity]),
    [['no-article', 'error']],
  );
});

test('empty and malformed input never throw', () => {
  for (const input of ['', '<', '<html><body><p>unclosed <b>tags', '\u0000\u0001binary', '<svg><svg><svg>']) {
    const result = extractHtml(input, 'not a url', options);
    assert.ok(Array.isArray(result.blocks));
  }
});

test('a deeply nested page is handled without crashing', () => {
  const depth = 3000;
  const page = `<html><body>${'<div>'.repeat(depth)}<p>${'Deep text keeps going. '.repeat(30)}</p>${'</div>'.repeat(depth)}</body></html>`;
  const result = extractHtml(page, null, options);
  assert.equal(result.blocks.length, 1);
  assert.ok(result.diagnostics.some((d) => d.rule === 'oversized-page'));
});
