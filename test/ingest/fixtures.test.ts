// Runs every case in test/fixtures/ingest/<case>/: the `input*` file is read through
// readInputContent (and again gzip-compressed as `input*.gz`) and the yielded values are compared
// with expected.json. `UPDATE=1` rewrites the expected files (review the diff).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readInputContent } from '../../src/ingest/index.ts';
import { defaultIngestOptions, type IngestOptions } from '../../src/ingest/options.ts';
import type { Diagnostic, RawArticle, Rejected } from '../../src/types.ts';

const root = new URL('../fixtures/ingest/', import.meta.url);
const update = process.env['UPDATE'] === '1';

type Value = RawArticle | Rejected;

async function readAll(name: string, bytes: Buffer, options: IngestOptions): Promise<Value[]> {
  const values: Value[] = [];
  for await (const value of readInputContent(name, bytes, options)) values.push(value);
  return values;
}

function renamePath(path: string | null, from: string, to: string): string | null {
  if (path === null) return null;
  return path === from || path.startsWith(`${from}#`) ? to + path.slice(from.length) : path;
}

/** The values expected for the same input read from `to` instead of `from`. */
function renamed(values: readonly Value[], from: string, to: string): Value[] {
  const diagnostics = (list: readonly Diagnostic[]): Diagnostic[] =>
    list.map((d) => (d.path === undefined ? d : { ...d, path: renamePath(d.path, from, to) ?? d.path }));
  return values.map((v) =>
    v.kind === 'rejected'
      ? { ...v, path: renamePath(v.path, from, to) ?? v.path, diagnostics: diagnostics(v.diagnostics) }
      : { ...v, path: renamePath(v.path, from, to), diagnostics: diagnostics(v.diagnostics) },
  );
}

const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

test('there are fixture cases', () => {
  assert.ok(cases.length >= 10, `found ${cases.length} cases`);
});

for (const name of cases) {
  const dir = new URL(`${name}/`, root);
  const inputName = readdirSync(dir).find((f) => f.startsWith('input'));
  if (inputName === undefined) throw new Error(`fixture ${name} has no input file`);
  const optionsUrl = new URL('options.json', dir);
  const options: IngestOptions = existsSync(optionsUrl)
    ? { ...defaultIngestOptions, ...(JSON.parse(readFileSync(optionsUrl, 'utf8')) as Partial<IngestOptions>) }
    : defaultIngestOptions;
  const bytes = readFileSync(new URL(inputName, dir));
  const expectedUrl = new URL('expected.json', dir);

  test(`fixture ${name}`, async () => {
    const actual = await readAll(inputName, bytes, options);
    if (update || !existsSync(expectedUrl)) writeFileSync(expectedUrl, `${JSON.stringify(actual, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(expectedUrl, 'utf8')) as Value[];
    assert.deepEqual(actual, expected);
  });

  test(`fixture ${name}, gzip-compressed`, async () => {
    const expected = JSON.parse(readFileSync(expectedUrl, 'utf8')) as Value[];
    const actual = await readAll(`${inputName}.gz`, gzipSync(bytes), options);
    assert.deepEqual(actual, renamed(expected, inputName, `${inputName}.gz`));
  });
}
