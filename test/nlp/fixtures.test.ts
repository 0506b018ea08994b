// Runs every case in test/fixtures/nlp/<case>/: input.txt (optional `date YYYY-MM-DD` header),
// options.json (NlpOptions, plus `storyDate` to re-resolve the dates of an undated article) and
// expected.json (entities, dates and diagnostic rules). `UPDATE=1` rewrites expected.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { analyzeLanguage, createNlp, resolveDates } from '../../src/nlp/index.ts';
import { articleOf } from './_seeds.ts';

const root = new URL('../fixtures/nlp/', import.meta.url);
const nlp = createNlp();

interface CaseOptions {
  readonly referenceDate: string | null;
  readonly storyDate?: string;
}

function summarise(name: string): unknown {
  const dir = new URL(`${name}/`, root);
  const options = JSON.parse(readFileSync(new URL('options.json', dir), 'utf8')) as CaseOptions;
  const article = articleOf(name, readFileSync(new URL('input.txt', dir), 'utf8'));
  const result = analyzeLanguage(nlp, article, { referenceDate: options.referenceDate });
  const dates = options.storyDate ? resolveDates(nlp, article.text, result.dates, options.storyDate) : result.dates;
  return {
    sentences: result.sentences.length,
    entities: result.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases, roles: e.roles, mentions: e.mentions.length })),
    dates: dates.map((d) => ({ text: d.text, value: d.value, precision: d.precision, relative: d.relative })),
    diagnostics: result.diagnostics.map((d) => d.rule),
  };
}

for (const name of readdirSync(root).sort()) {
  test(`fixture ${name}`, () => {
    const actual = summarise(name);
    const expectedFile = new URL(`${name}/expected.json`, root);
    if (process.env['UPDATE'] === '1' || !existsSync(expectedFile)) {
      writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    }
    assert.deepEqual(actual, JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
}
