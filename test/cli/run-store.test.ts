import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../_support/cli.ts';
import { schemaErrors } from '../_support/schema.ts';

test('ingest, stories and show through the command line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-run-store-'));
  const db = join(dir, 'news.db');
  try {
    const first = await runCli(['ingest', 'examples/salmon-accord', '--db', db, '--format', 'json']);
    assert.equal(first.code, 0, first.stderr);
    const again = await runCli(['ingest', 'examples/salmon-accord', '--db', db, '--format', 'json']);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /"added":\s*0/);

    const listed = await runCli(['stories', '--db', db, '--format', 'json']);
    assert.equal(listed.code, 0, listed.stderr);
    const stories = JSON.parse(listed.stdout) as { schema: string; stories: { id: string; articles: number }[] };
    assert.deepEqual(schemaErrors(stories), []);
    assert.equal(stories.stories.length, 1);
    assert.equal(stories.stories[0]?.articles, 5);

    const shown = await runCli(['show', stories.stories[0]!.id, '--db', db, '--format', 'json']);
    assert.equal(shown.code, 0, shown.stderr);
    assert.deepEqual(schemaErrors({ schema: 'newsdesk/briefs@1', stories: [JSON.parse(shown.stdout)] }), []);

    assert.equal((await runCli(['show', 'no-such-story', '--db', db])).code, 1);
    assert.equal((await runCli(['show', stories.stories[0]!.id, '--db', db, '--format', 'jsonl'])).code, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
