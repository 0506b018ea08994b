// Runs every case in test/fixtures/clean/<case>/ (except the html/ folder, which belongs to
// src/clean/html): `input.txt` or `input.html`, optional `options.json` (clean options plus `url`,
// `source`, `title`, `publishedAt` of the raw article), and `expected.json`. `UPDATE=1` rewrites the
// expected files; review the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cleanArticle, defaultCleanOptions } from '../../src/clean/index.ts';
import type { CleanArticle, Rejected } from '../../src/types.ts';
import { rawHtml, rawText } from './_raw.ts';

const ROOT = new URL('../fixtures/clean/', import.meta.url);

interface CaseOptions {
  readonly url?: string;
  readonly source?: string;
  readonly title?: string;
  readonly publishedAt?: string;
  readonly [option: string]: unknown;
}

function runCase(dir: URL): CleanArticle | Rejected {
  const optionsFile = new URL('options.json', dir);
  const options = (existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {}) as CaseOptions;
  const { url = null, source = null, title = null, publishedAt = null, ...clean } = options;
  const meta = { url, source, title, publishedAt };
  const html = new URL('input.html', dir);
  const raw = existsSync(html)
    ? rawHtml(readFileSync(html, 'utf8'), meta)
    : rawText(readFileSync(new URL('input.txt', dir), 'utf8'), meta);
  return cleanArticle(raw, { ...defaultCleanOptions, ...clean }, undefined);
}

/** The values a case pins: metadata, structure, removals, text and the rules of the diagnostics. */
function summary(result: CleanArticle | Rejected): unknown {
  if (result.kind === 'rejected') return { kind: 'rejected', rules: result.diagnostics.map((d) => d.rule) };
  const { title, source, publishedAt, dateline, wire, words, headings, removed, text } = result;
  const rules = result.diagnostics.map((d) => `${d.severity}:${d.rule}`);
  return { title, source, publishedAt, dateline, wire, words, headings, removed, rules, paragraphs: text.split('\n\n') };
}

const cases = readdirSync(ROOT, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'html');

test('there are clean fixture cases', () => {
  assert.ok(cases.length >= 4);
});

for (const entry of cases) {
  test(`fixture ${entry.name}`, () => {
    const dir = new URL(`${entry.name}/`, ROOT);
    const actual = summary(runCase(dir));
    const expectedFile = new URL('expected.json', dir);
    if (process.env['UPDATE'] === '1') writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    assert.deepEqual(actual, JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
}
