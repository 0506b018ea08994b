import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { scoreCorpus, scorePage, shingles, tokenize } from '../../../src/clean/html/score.ts';
import { defaultHtmlOptions, extractHtml } from '../../../src/clean/html/index.ts';

const AEB = new URL('../../../../shared/data/scrapinghub-aeb/', import.meta.url);

test('tokens are unicode word runs, as Python finds them with \\w+', () => {
  assert.deepEqual(tokenize('Ça va? Über_alles 42, naïve—ok'), ['Ça', 'va', 'Über_alles', '42', 'naïve', 'ok']);
});

test('shingles are a multiset of word 4-grams; a short text gives one shingle', () => {
  assert.deepEqual([...shingles('a b c d a b c d')], [['a b c d', 2], ['b c d a', 1], ['c d a b', 1], ['d a b c', 1]]);
  assert.deepEqual([...shingles('two words')], [['two words', 1]]);
});

test('a page score normalises matched, extra and missing shingles by their sum', () => {
  const s = scorePage('one two three four five', 'one two three four six');
  assert.deepEqual(s, { tp: 1 / 3, fp: 1 / 3, fn: 1 / 3 });
  assert.deepEqual(scorePage('', ''), { tp: 0, fp: 0, fn: 0 });
});

test('corpus precision and recall skip pages without predicted or gold shingles', () => {
  const result = scoreCorpus([
    { tp: 1, fp: 0, fn: 0 },
    { tp: 0, fp: 0, fn: 1 },
  ]);
  assert.equal(result.precision, 1);
  assert.equal(result.recall, 0.5);
  assert.ok(Math.abs(result.f1 - 2 / 3) < 1e-9);
});

test('the metric reproduces the published Readability.js score on the benchmark', () => {
  const gold = JSON.parse(readFileSync(new URL('ground-truth.json', AEB), 'utf8')) as Record<string, { articleBody: string }>;
  const raw = JSON.parse(readFileSync(new URL('output/readability_js.json', AEB), 'utf8')) as {
    output: Record<string, { articleBody: string }>;
  };
  const scores = Object.keys(gold).map((id) => scorePage(gold[id]!.articleBody, raw.output[id]?.articleBody ?? ''));
  assert.equal(scoreCorpus(scores).f1.toFixed(3), '0.947');
});

test('extraction scores above a floor on ten benchmark pages', () => {
  const gold = JSON.parse(readFileSync(new URL('ground-truth.json', AEB), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const ids = Object.keys(gold).sort().filter((_, i) => i % 18 === 0).slice(0, 10);
  const scores = ids.map((id) => {
    const html = gunzipSync(readFileSync(new URL(`html/${id}.html.gz`, AEB))).toString('utf8');
    const result = extractHtml(html, gold[id]!.url, defaultHtmlOptions);
    return scorePage(gold[id]!.articleBody, result.blocks.map((b) => b.text).join('\n'));
  });
  const { f1, pages } = scoreCorpus(scores);
  assert.equal(pages, 10);
  assert.ok(f1 >= 0.9, `F1 ${f1.toFixed(3)} below 0.9`);
});
