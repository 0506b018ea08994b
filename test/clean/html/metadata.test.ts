import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../src/clean/html/_dom.ts';
import { readMetadata } from '../../../src/clean/html/metadata.ts';
import { stripOutlet } from '../../../src/clean/html/meta-title.ts';
import { cleanByline } from '../../../src/clean/html/meta-byline.ts';
import { normaliseLanguage } from '../../../src/clean/html/meta-language.ts';

const meta = (head: string, url: string | null = null, body = '') =>
  readMetadata(parseDocument(`<html><head>${head}</head><body>${body}</body></html>`), url, '2024-12-31');

test('title: og:title, then JSON-LD headline, then <title> without the outlet, then h1', () => {
  assert.equal(meta('<meta property="og:title" content="A"><title>B | Site</title>').title, 'A');
  assert.equal(meta('<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script><title>B</title>').title, 'H');
  assert.equal(meta('<meta property="og:site_name" content="Valley Post"><title>Dam opens | Valley Post</title>').title, 'Dam opens');
  assert.equal(meta('', null, '<h1>Only a heading</h1>').title, 'Only a heading');
});

test('outlet suffixes and prefixes are cut from titles', () => {
  assert.equal(stripOutlet('Dam opens - The Valley Post', 'Valley Post'), 'Dam opens');
  assert.equal(stripOutlet('Valley Post: Dam opens', 'Valley Post'), 'Dam opens');
  assert.equal(stripOutlet('Dam opens | News | Valley Post', 'Valley Post'), 'Dam opens');
  assert.equal(stripOutlet('Vote: what happens next', null), 'Vote: what happens next');
});

test('source: og:site_name, JSON-LD publisher, application-name, else the host', () => {
  assert.equal(meta('<meta property="og:site_name" content="Valley Post">').source, 'Valley Post');
  assert.equal(meta('<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"VP"}}</script>').source, 'VP');
  assert.equal(meta('<meta name="application-name" content="Valley App">').source, 'Valley App');
  assert.equal(meta('', 'https://www.valley.example/a').source, 'valley.example');
  assert.equal(meta('').source, null);
});

test('url: canonical (resolved), og:url, then the page URL; only http(s)', () => {
  assert.equal(meta('<link rel="canonical" href="/a/b">', 'https://x.example/a/b?utm=1').url, 'https://x.example/a/b');
  assert.equal(meta('<meta property="og:url" content="https://x.example/og">').url, 'https://x.example/og');
  assert.equal(meta('<link rel="canonical" href="javascript:alert(1)">', 'https://x.example/p').url, 'https://x.example/p');
});

test('language: html lang, then meta, normalised to BCP 47 case', () => {
  assert.equal(meta('<meta http-equiv="content-language" content="de_at">').language, 'de-AT');
  assert.equal(normaliseLanguage('EN-us'), 'en-US');
  assert.equal(normaliseLanguage('not a language'), null);
  const doc = parseDocument('<html lang="fr"><head></head><body></body></html>');
  assert.equal(readMetadata(doc, null, '2024-12-31').language, 'fr');
});

test('date warnings say where a doubtful date came from', () => {
  assert.deepEqual(meta('', 'https://x.example/2024/01/02/a').diagnostics.map((d) => d.rule), ['date-from-url']);
  assert.deepEqual(meta('<meta property="article:published_time" content="2024-01-01">').diagnostics, []);
});

test('byline: "By" cut; URLs, e-mail calls and the outlet name are not bylines', () => {
  assert.equal(cleanByline('By Ana Ruiz', null), 'Ana Ruiz');
  assert.equal(cleanByline('By Ana Ruiz | Updated 4 May', null), 'Ana Ruiz');
  assert.equal(cleanByline('https://social.example/ana', null), null);
  assert.equal(cleanByline('Email the author', null), null);
  assert.equal(cleanByline('Valley Post', 'Valley Post'), null);
  assert.equal(meta('<meta name="author" content="Ana Ruiz">').byline, 'Ana Ruiz');
});
