import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { walkPath, type WalkEntry } from '../../src/ingest/walk.ts';

async function walk(path: string): Promise<string[]> {
  const out: string[] = [];
  for await (const e of walkPath(path) as AsyncIterable<WalkEntry>) out.push(e.kind === 'file' ? `${e.path} ${e.size}` : `${e.path} ${e.diagnostics[0]?.rule}`);
  return out;
}

test('files come in sorted order with their sizes; the folder keeps its spelling', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'walk-'));
  mkdirSync(join(dir, 'm'));
  writeFileSync(join(dir, 'z.txt'), 'zz');
  writeFileSync(join(dir, 'a.txt'), 'a');
  writeFileSync(join(dir, 'm', 'b.txt'), 'bbb');
  writeFileSync(join(dir, '.skip'), 'x');
  assert.deepEqual(await walk(`${dir}/`), [`${dir}/a.txt 1`, `${dir}/m/b.txt 3`, `${dir}/z.txt 2`]);
  rmSync(dir, { recursive: true });
});

test('a single file, a missing path, a link loop and an empty folder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'walk-'));
  writeFileSync(join(dir, 'one.txt'), 'x');
  mkdirSync(join(dir, 'empty'));
  mkdirSync(join(dir, 'cyc'));
  symlinkSync(join(dir, 'cyc'), join(dir, 'cyc', 'again'));
  assert.deepEqual(await walk(join(dir, 'one.txt')), [`${dir}/one.txt 1`]);
  assert.deepEqual(await walk(join(dir, 'nope')), [`${dir}/nope unreadable`]);
  assert.deepEqual(await walk(join(dir, 'empty')), [`${dir}/empty empty-folder`]);
  assert.deepEqual(await walk(join(dir, 'cyc')), [`${dir}/cyc/again symlink-loop`, `${dir}/cyc empty-folder`]);
  rmSync(dir, { recursive: true });
});
