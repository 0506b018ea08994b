import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readJsonLine, readJsonLines } from '../../src/ingest/jsonl.ts';
import { linesOfText } from '../../src/ingest/lines.ts';
import type { RawArticle, Rejected } from '../../src/types.ts';

const context = { path: 'dump.jsonl#7', lineNo: 7, notes: [] };

function article(value: RawArticle | Rejected): RawArticle {
  assert.equal(value.kind, 'article', JSON.stringify(value.diagnostics));
  return value as RawArticle;
}

test('a JSON line maps its fields onto the article', () => {
  const a = article(readJsonLine(JSON.stringify({
    id: 'x1', url: 'https://www.paper.example/n', title: ' Title ', source: 'The Paper', publishedAt: '2031-07-08', text: 'Body.', language: 'en',
  }), context));
  assert.deepEqual(
    { path: a.path, input: a.input, format: a.format, title: a.title, url: a.url, source: a.source, publishedAt: a.publishedAt, language: a.language, body: a.body },
    { path: 'dump.jsonl#7', input: 'jsonl', format: 'text', title: 'Title', url: 'https://www.paper.example/n', source: 'The Paper', publishedAt: '2031-07-08', language: 'en', body: 'Body.' },
  );
});

test('html gives format html, content is sniffed, the outlet falls back to the URL host', () => {
  const html = article(readJsonLine('{"html":"<p>x</p>","url":"https://www.wire.example/1","date":"2031-01-02"}', context));
  assert.equal(html.format, 'html');
  assert.equal(html.source, 'wire.example');
  assert.equal(html.publishedAt, '2031-01-02');
  assert.equal(article(readJsonLine('{"content":"no tags"}', context)).format, 'text');
  assert.equal(article(readJsonLine('{"content":"<em>tags</em>"}', context)).format, 'html');
});

test('the id depends on url, title and body, not on the line or the JSON id', () => {
  const one = article(readJsonLine('{"id":"a","title":"T","text":"B"}', context));
  const two = article(readJsonLine('{"id":"b","text":"B","title":"T"}', { ...context, path: 'other.jsonl#1', lineNo: 1 }));
  const three = article(readJsonLine('{"title":"T","text":"B2"}', context));
  assert.equal(one.id, two.id);
  assert.notEqual(one.id, three.id);
});

test('broken, non-object and body-less lines are rejected with their line number', () => {
  const rule = (line: string): string => {
    const v = readJsonLine(line, context);
    return v.kind === 'rejected' ? `${v.path} ${v.diagnostics[0]?.rule} ${v.diagnostics[0]?.message}` : 'article';
  };
  assert.match(rule('{"text": "unterminated'), /^dump\.jsonl#7 malformed-json line 7 is not valid JSON/);
  assert.match(rule('[1,2]'), /not-an-object line 7 is an array/);
  assert.match(rule('{"title":"t","text":"  "}'), /empty-item line 7 has no text, html or content/);
  assert.match(rule('{"kind":"rejected"}'), /empty-item/);
});

test('readJsonLines skips blank lines and reports a file with no lines', async () => {
  const origin = { path: 'f.jsonl', articlePath: 'f.jsonl', notes: [] };
  const values: (RawArticle | Rejected)[] = [];
  const input = { lines: linesOfText('\n{"text":"a"}\n\n{"text":"b"}\n'), origin, maxInvalidUtf8Ratio: 0.02, problem: () => null };
  for await (const v of readJsonLines(input)) values.push(v);
  assert.deepEqual(values.map((v) => v.path), ['f.jsonl#2', 'f.jsonl#4']);
  const empty: (RawArticle | Rejected)[] = [];
  for await (const v of readJsonLines({ ...input, lines: linesOfText('\n  \n') })) empty.push(v);
  assert.equal(empty[0]?.diagnostics[0]?.rule, 'empty-input');
});
