import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFeed } from '../../src/ingest/feed.ts';
import type { Origin } from '../../src/ingest/article.ts';
import type { RawArticle, Rejected } from '../../src/types.ts';

const origin: Origin = { path: 'in/feed.xml', articlePath: 'in/feed.xml', notes: [] };

function articles(values: readonly (RawArticle | Rejected)[]): RawArticle[] {
  return values.filter((v): v is RawArticle => v.kind === 'article');
}

test('RSS items become articles with path file#n and the channel title as outlet', () => {
  const xml = `<rss version="2.0"><channel><title>Harbour Times</title>
    <item><title>A</title><link>https://harbour.example/a</link><description>First body.</description></item>
    <item><title>B</title><link>https://harbour.example/b</link><description><![CDATA[<p>Second <i>body</i>.</p>]]></description></item>
  </channel></rss>`;
  const [a, b] = articles(readFeed(xml, origin));
  assert.equal(a?.path, 'in/feed.xml#1');
  assert.equal(a?.source, 'Harbour Times');
  assert.equal(a?.format, 'text');
  assert.equal(b?.path, 'in/feed.xml#2');
  assert.equal(b?.format, 'html');
  assert.equal(b?.body, '<p>Second <i>body</i>.</p>');
  assert.equal(b?.input, 'feed');
});

test('without a feed title the outlet is the host of the feed link, else of the item link', () => {
  const withLink = `<rss><channel><link>https://www.river.example/</link><item><description>x</description></item></channel></rss>`;
  assert.equal(articles(readFeed(withLink, origin))[0]?.source, 'river.example');
  const itemOnly = `<rss><channel><item><link>https://lake.example/1</link><description>x</description></item></channel></rss>`;
  assert.equal(articles(readFeed(itemOnly, origin))[0]?.source, 'lake.example');
});

test('full content wins over the description', () => {
  const xml = `<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item>
    <description>Teaser.</description><content:encoded>&lt;p&gt;Whole story.&lt;/p&gt;</content:encoded></item></channel></rss>`;
  const [a] = articles(readFeed(xml, origin));
  assert.equal(a?.body, '<p>Whole story.</p>');
  assert.equal(a?.format, 'html');
});

test('a guid marked as not a permalink is not taken as the URL', () => {
  const xml = `<rss><channel><item><guid isPermaLink="false">https://x.example/id/1</guid><description>x</description></item></channel></rss>`;
  assert.equal(articles(readFeed(xml, origin))[0]?.url, null);
});

test('Atom entries take the alternate link, published date and feed language', () => {
  const xml = `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Le Quai</title>
    <entry><title>Une</title><link rel="self" href="https://quai.example/self"/><link href="https://quai.example/une"/>
    <published>2031-02-03T04:05:06Z</published><summary type="html">&lt;b&gt;Gras&lt;/b&gt;</summary></entry></feed>`;
  const [a] = articles(readFeed(xml, origin));
  assert.equal(a?.url, 'https://quai.example/une');
  assert.equal(a?.publishedAt, '2031-02-03T04:05:06Z');
  assert.equal(a?.language, 'fr');
  assert.equal(a?.body, '<b>Gras</b>');
  assert.equal(a?.format, 'html');
});

test('broken, foreign and empty feeds are rejected by rule', () => {
  const rule = (xml: string): string | undefined => readFeed(xml, origin)[0]?.diagnostics[0]?.rule;
  assert.equal(rule('<rss><channel><item><title>x</channel></rss>'), 'malformed-feed');
  assert.equal(rule('<html><body>not a feed</body></html>'), 'not-a-feed');
  assert.equal(rule('<rss><channel><title>Quiet</title></channel></rss>'), 'empty-feed');
  assert.equal(rule('<feed xmlns="http://www.w3.org/2005/Atom"><title>Quiet</title></feed>'), 'empty-feed');
  assert.equal(readFeed('<rss><channel><title>t</title></channel></rss>', origin)[0]?.path, 'in/feed.xml');
});

test('an entity expansion attack is not expanded', () => {
  const lol = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
    <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
    <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>
    <rss><channel><item><description>&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;</description></item></channel></rss>`;
  const values = readFeed(lol, origin);
  const body = values[0]?.kind === 'article' ? values[0].body : '';
  assert.ok(body.length < 1_000_000, `expanded to ${body.length} characters`);
});
