/**
 * Support for the queue tests: the NATS server (`NEWSDESK_TEST_NATS`, default nats://127.0.0.1:4222;
 * `off` skips these tests, an unreachable server FAILS them since CI starts NATS), a unique queue
 * name per test and its removal, a store per test (PostgreSQL unless `NEWSDESK_TEST_PG=off`, then a
 * SQLite file), worker processes, and B-cubed agreement between two clusterings.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { queueNames } from '../../src/queue/index.ts';
import type { Store } from '../../src/store/index.ts';
import { createDatabase, testServer } from '../store/postgres/_database.ts';

const DEFAULT_NATS = 'nats://127.0.0.1:4222';
export const BIN = fileURLToPath(new URL('../../bin/newsdesk.js', import.meta.url));

/** The NATS URL, or null when the queue tests are turned off. */
export function testNats(): string | null {
  const value = process.env.NEWSDESK_TEST_NATS?.trim();
  if (value === 'off') return null;
  return value === undefined || value === '' ? DEFAULT_NATS : value;
}

export const skipNats: string | false = testNats() === null ? 'NEWSDESK_TEST_NATS=off' : false;

/** The NATS URL; throws a clear error when the server does not answer (the test fails). */
export async function natsUrl(): Promise<string> {
  const url = testNats();
  if (url === null) throw new Error('queue tests are off (NEWSDESK_TEST_NATS=off)');
  try {
    const nc = await connect({ servers: url, timeout: 5000 });
    await nc.close();
  } catch (err) {
    throw new Error(`the NATS test server at ${url} is unreachable (${(err as Error).message}); start it with JetStream (-js), point NEWSDESK_TEST_NATS at one, or set NEWSDESK_TEST_NATS=off to skip these tests`);
  }
  return url;
}

export function uniqueQueueName(): string {
  return `NDTEST_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** Deletes the streams (and so the consumer) of the queue `name`. */
export async function deleteQueue(url: string, name: string): Promise<void> {
  const nc = await connect({ servers: url });
  try {
    const jsm = await jetstreamManager(nc);
    const names = queueNames(name);
    for (const stream of [names.stream, names.deadStream, names.controlStream]) await jsm.streams.delete(stream).catch(() => false);
  } finally {
    await nc.close();
  }
}

/** A fresh store location: a PostgreSQL database, or a SQLite file when PostgreSQL tests are off. */
export async function freshStoreLocation(): Promise<string> {
  if (testServer() !== null) return createDatabase();
  return join(mkdtempSync(join(tmpdir(), 'newsdesk-queue-')), 'store.db');
}

/** Every stored article id → its story (null when not in one), and how many rows there are. */
export async function storedStories(store: Store): Promise<{ readonly rows: number; readonly storyOf: Map<string, string | null> }> {
  const storyOf = new Map<string, string | null>();
  let rows = 0;
  for await (const { id, story } of store.groupingInputs()) {
    rows += 1;
    storyOf.set(id, story);
  }
  return { rows, storyOf };
}

/** B-cubed precision, recall and F1 of `predicted` against `reference` over the reference's items (linear time). */
export function bcubed(predicted: ReadonlyMap<string, string | null>, reference: ReadonlyMap<string, string | null>): { precision: number; recall: number; f1: number } {
  const predSize = new Map<string, number>();
  const refSize = new Map<string, number>();
  const both = new Map<string, number>();
  const keys = (id: string): { p: string; r: string } => ({ p: predicted.get(id) ?? `none:${id}`, r: reference.get(id) ?? `none:${id}` });
  for (const id of reference.keys()) {
    const { p, r } = keys(id);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    refSize.set(r, (refSize.get(r) ?? 0) + 1);
    both.set(`${p}\u0000${r}`, (both.get(`${p}\u0000${r}`) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const id of reference.keys()) {
    const { p, r } = keys(id);
    const shared = both.get(`${p}\u0000${r}`)!;
    precision += shared / predSize.get(p)!;
    recall += shared / refSize.get(r)!;
  }
  precision /= reference.size;
  recall /= reference.size;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export interface WorkerProcess {
  readonly child: ChildProcess;
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** Starts `newsdesk worker` as a process. */
export function startWorker(args: { readonly url: string; readonly name: string; readonly db: string; readonly id: string; readonly extra?: readonly string[] }): WorkerProcess {
  const argv = [BIN, 'worker', '--queue', args.url, '--name', args.name, '--db', args.db, '--id', args.id, '--quiet', ...(args.extra ?? [])];
  const child = spawn(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, exit };
}
