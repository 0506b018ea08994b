// A writer killed part way through an ingest into PostgreSQL leaves a consistent store (its open
// transaction is rolled back by the server); a second ingest completes it without duplicate rows.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { errorCode } from '../../../src/store/postgres/_transaction.ts';
import { CONSISTENCY_CHECKS, killMidIngest } from '../_kill.ts';
import { createSchema, dropDatabases, skipPostgres } from './_database.ts';

after(dropDatabases);

async function count(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
  } finally {
    await client.end();
  }
}

test('SIGKILL mid-ingest into PostgreSQL leaves a consistent store that a second ingest completes', { skip: skipPostgres }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-pg-kill-'));
  try {
    const url = await createSchema();
    await killMidIngest(dir, {
      location: url,
      committedArticles: async () => {
        try {
          return await count(url, 'SELECT count(*) AS n FROM articles');
        } catch (err) {
          if (errorCode(err) === '42P01') return 0; // no articles table yet: the store is being created
          throw err;
        }
      },
      checkConsistent: async () => {
        for (const check of CONSISTENCY_CHECKS) assert.equal(await count(url, check.sql), 0, check.what);
        return { articles: await count(url, 'SELECT count(*) AS n FROM articles'), stories: await count(url, 'SELECT count(*) AS n FROM stories') };
      },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
