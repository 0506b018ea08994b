import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBinary, hasUtf16Bom, kindFromName, sniffKind } from '../../src/ingest/detect.ts';

test('the extension gives the kind, whatever its case', () => {
  assert.equal(kindFromName('a/b/story.TXT'), 'text');
  assert.equal(kindFromName('page.htm'), 'html');
  assert.equal(kindFromName('feed.atom'), 'feed');
  assert.equal(kindFromName('news.rss'), 'feed');
  assert.equal(kindFromName('dump.ndjson'), 'jsonl');
  assert.equal(kindFromName('data.bin'), null);
  assert.equal(kindFromName('README'), null);
});

test('content is sniffed when the name says nothing', () => {
  const sniff = (s: string): string => sniffKind(Buffer.from(s, 'utf8'));
  assert.equal(sniff('\uFEFF  <?xml version="1.0"?>\n<rss version="2.0">'), 'feed');
  assert.equal(sniff('<feed xmlns="http://www.w3.org/2005/Atom">'), 'feed');
  assert.equal(sniff('<rdf:RDF xmlns:rdf="x">'), 'feed');
  assert.equal(sniff('<!DOCTYPE html><html>'), 'html');
  assert.equal(sniff('<div class="story"><p>Text</p></div>'), 'html');
  assert.equal(sniff('{"title":"a","text":"b"}\n{"text":"c"}\n'), 'jsonl');
  assert.equal(sniff('{ not json at all\nsecond line'), 'text');
  assert.equal(sniff('Plain words about a <b> tag.'), 'text');
  assert.equal(sniff('<3 love letters'), 'text');
});

test('NUL bytes or a high share of control characters mean binary', () => {
  assert.equal(findBinary(Buffer.from('plain text\n\twith tabs\r\n'))?.rule, undefined);
  assert.equal(findBinary(Buffer.from([0x41, 0x00, 0x42]))?.rule, 'binary-input');
  assert.match(findBinary(Buffer.from([0x41, 0x00, 0x42]))?.message ?? '', /NUL bytes/);
  assert.equal(findBinary(Buffer.from([1, 2, 3, 4, 0x41, 0x42, 0x43]))?.rule, 'binary-input');
});

test('UTF-16 text with a byte-order mark is not binary', () => {
  const utf16 = Buffer.from('\uFEFFHello', 'utf16le');
  assert.equal(hasUtf16Bom(utf16), true);
  assert.equal(findBinary(utf16), null);
});
