/**
 * A running site for the browser tests: a temporary SQLite store filled by the real
 * `newsdesk ingest`, served by the real `serve` on 127.0.0.1 with an ephemeral port.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../_support/cli.ts';
import { openStore, type Store } from '../../../src/store/index.ts';
import { serve } from '../../../src/server/index.ts';

export interface Site {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** The store the site serves (open; for looking up what the pages should show). */
  readonly store: Store;
  close(): Promise<void>;
}

/** Ingests the inputs into a fresh store and serves it. */
export async function startSite(inputs: readonly string[]): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-browser-'));
  try {
    const db = join(dir, 'news.db');
    const ingest = await runCli(['ingest', ...inputs, '--db', db, '--quiet']);
    assert.equal(ingest.code, 0, `newsdesk ingest failed: ${ingest.stderr}`);
    const store = await openStore(db);
    const server = await serve({ store, host: '127.0.0.1', port: 0 });
    return {
      origin: server.url,
      store,
      close: async () => {
        await server.close();
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
