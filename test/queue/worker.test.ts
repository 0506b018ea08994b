// Workers over a real NATS JetStream server and a real store (PostgreSQL, or SQLite when
// NEWSDESK_TEST_PG=off): published articles end stored once and in stories; re-publishing stores
// nothing twice; an article that keeps throwing goes to the dead letters after the retry limit and
// shows in `newsdesk status`; bad input is rejected with its reason. Each test has its own queue.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openQueue, runWorker, type Queue, type WorkerEvent } from '../../src/queue/index.ts';
import { ingestInto } from '../../src/newsroom.ts';
import { createPipelineContext, extractArticles } from '../../src/pipeline.ts';
import { resolveOptions } from '../../src/options.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import type { AnnotatedArticle } from '../../src/types.ts';
import { runCli } from '../_support/cli.ts';
import { writeGeneratedCorpus } from '../store/_generated.ts';
import { dropDatabases } from '../store/postgres/_database.ts';
import { deleteQueue, freshStoreLocation, natsUrl, skipNats, storedStories, uniqueQueueName } from './_support.ts';

const options = resolveOptions({});

interface Rig {
  readonly url: string;
  readonly name: string;
  readonly location: string;
  readonly queue: Queue;
  readonly store: Store;
  readonly events: WorkerEvent[];
  stop(): Promise<void>;
}

/** A fresh queue and store with one in-process worker running on them. */
async function startRig(settings: { maxDeliver?: number } = {}): Promise<Rig> {
  const url = await natsUrl();
  const name = uniqueQueueName();
  const location = await freshStoreLocation();
  const queue = await openQueue(url, { name, maxDeliver: settings.maxDeliver, ackWaitMs: 5000 });
  const store = await openStore(location);
  const controller = new AbortController();
  const events: WorkerEvent[] = [];
  const done = runWorker({
    queue, store, options, context: createPipelineContext(), signal: controller.signal, retryDelayMs: 50, heartbeatMs: 200,
    assign: { pollMs: 100 }, onEvent: (e) => void events.push(e),
  });
  return {
    url, name, location, queue, store, events,
    stop: async () => {
      controller.abort();
      await done;
      await queue.close();
      await store.close();
      await deleteQueue(url, name);
    },
  };
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function corpus(count: number, seed: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-queue-'));
  corpora.push(dir);
  writeGeneratedCorpus(dir, count, { seed, events: 4 });
  return dir;
}

async function annotated(dir: string): Promise<AnnotatedArticle[]> {
  const articles: AnnotatedArticle[] = [];
  for await (const a of extractArticles([dir], options, { stdin: process.stdin })) if (a.kind === 'article') articles.push(a);
  return articles;
}

const corpora: string[] = [];

describe('queue workers', { skip: skipNats }, () => {
  after(async () => {
    await dropDatabases();
    for (const dir of corpora) rmSync(dir, { recursive: true, force: true });
  });

  test('published articles are stored once each and grouped into the stories a single process gives', async () => {
    const rig = await startRig();
    try {
      const dir = corpus(40, 21);
      const published = await runCli(['ingest', dir, '--queue', rig.url, '--name', rig.name, '--format', 'json']);
      assert.equal(published.code, 0, published.stderr);
      assert.deepEqual(JSON.parse(published.stdout), { published: 40, duplicates: 0, queue: rig.name });
      await waitFor('40 articles in stories', async () => (await rig.store.counts()).articles === 40 && (await rig.store.unassignedArticles()) === 0);
      const { rows, storyOf } = await storedStories(rig.store);
      assert.equal(rows, 40);
      const single = await openStore(':memory:');
      await ingestInto(single, await annotated(dir), options, { nlp: createPipelineContext().nlp });
      assert.deepEqual(storyOf, (await storedStories(single)).storyOf, 'one worker, same order: the same stories');
      for (const story of new Set(storyOf.values())) {
        assert.deepEqual(await rig.store.getBrief(story!), await single.getBrief(story!), 'briefed through the brief requests, the same briefs');
      }
      await single.close();

      const status = await runCli(['status', '--queue', rig.url, '--name', rig.name, '--db', rig.location, '--format', 'json']);
      assert.equal(status.code, 0, status.stderr);
      const report = JSON.parse(status.stdout);
      assert.equal(report.queue.depth, 0);
      assert.equal(report.queue.deadLetters.count, 0);
      assert.equal(report.queue.workers.length, 1);
      assert.equal(report.store.articles, 40);
      assert.equal(report.store.unassigned, 0);
      assert.ok(report.store.stories >= 1);
    } finally {
      await rig.stop();
    }
  });

  test('an article published twice, or again after it was stored, is stored once', async () => {
    const rig = await startRig();
    try {
      const dir = corpus(12, 22);
      const first = await runCli(['ingest', dir, '--queue', rig.url, '--name', rig.name, '--format', 'json']);
      const second = await runCli(['ingest', dir, '--queue', rig.url, '--name', rig.name, '--format', 'json']);
      assert.equal(JSON.parse(first.stdout).published, 12);
      assert.deepEqual(JSON.parse(second.stdout), { published: 0, duplicates: 12, queue: rig.name }, 'the duplicate window drops them');
      await waitFor('12 articles stored', async () => (await rig.store.counts()).articles === 12);
      // Past the duplicate window (another message id): the worker finds the article stored.
      const [again] = await annotated(dir);
      const raw = { kind: 'article', id: again!.id, path: again!.path, input: 'text', format: 'text', body: 'irrelevant', title: null, url: null, source: null, publishedAt: null, language: null, diagnostics: [] };
      await rig.queue.js.publish(rig.queue.names.articles, JSON.stringify(raw), { msgID: 'a-later-publish' });
      await waitFor('the re-publish acknowledged', async () => rig.events.some((e) => e.kind === 'stored') && (await rig.queue.jsm.streams.info(rig.name)).state.messages === 0);
      assert.equal((await storedStories(rig.store)).rows, 12);
      assert.equal(rig.events.filter((e) => e.kind === 'stored').length, 12);
      await sleep(400);
      const status = JSON.parse((await runCli(['status', '--queue', rig.url, '--name', rig.name, '--format', 'json'])).stdout);
      assert.equal(status.queue.workers[0].counts.known, 1, 'found stored, acknowledged without a second row');
    } finally {
      await rig.stop();
    }
  });

  test('an article that keeps throwing goes to the dead letters after the retry limit; bad input is rejected', async () => {
    const rig = await startRig({ maxDeliver: 3 });
    try {
      const base = { kind: 'article', path: 'feed.jsonl#1', input: 'jsonl', format: 'text', title: null, url: null, source: null, publishedAt: null, language: null, diagnostics: [] };
      const js = rig.queue.js;
      const subject = rig.queue.names.articles;
      // A message from a foreign publisher whose diagnostics are not a list: cleaning throws on it every time.
      await js.publish(subject, JSON.stringify({ ...base, id: 'poison-1', body: 'The council met on Monday.', diagnostics: 5 }), { msgID: 'poison-1' });
      await js.publish(subject, 'not json at all', { msgID: 'garbage' });
      await js.publish(subject, JSON.stringify({ ...base, id: 'empty-1', path: 'feed.jsonl#2', body: '   ' }), { msgID: 'empty-1' });
      await waitFor('two dead letters', async () => (await rig.queue.jsm.streams.info(rig.queue.names.deadStream)).state.messages === 2);
      await waitFor('the stream emptied', async () => (await rig.queue.jsm.streams.info(rig.name)).state.messages === 0);

      const retries = rig.events.filter((e) => e.kind === 'retry');
      assert.deepEqual(retries.map((e) => e.kind === 'retry' && e.deliveries), [1, 2], 'retried until the limit of 3 deliveries');
      const rejected = rig.events.filter((e) => e.kind === 'rejected');
      assert.equal(rejected.length, 1);
      assert.equal(rejected[0]!.kind === 'rejected' && rejected[0]!.path, 'feed.jsonl#2');
      assert.equal((await rig.store.counts()).articles, 0);

      const status = await runCli(['status', '--queue', rig.url, '--name', rig.name, '--format', 'json']);
      const report = JSON.parse(status.stdout);
      assert.equal(report.queue.deadLetters.count, 2);
      const poison = report.queue.deadLetters.last.find((d: { id: string | null }) => d.id === 'poison-1');
      assert.equal(poison.deliveries, 3);
      assert.match(poison.reason, /not iterable/);
      assert.equal(poison.path, 'feed.jsonl#1');
      assert.match(report.queue.deadLetters.last.find((d: { id: string | null }) => d.id === null).reason, /not JSON/);
      assert.ok(report.queue.consumer.redelivered >= 0);
      await sleep(300);
      const again = JSON.parse((await runCli(['status', '--queue', rig.url, '--name', rig.name, '--format', 'json'])).stdout);
      const counts = again.queue.workers[0].counts;
      assert.equal(counts.retried, 2);
      assert.equal(counts.deadLettered, 2);
      assert.equal(counts.rejected, 1);
      const md = await runCli(['status', '--queue', rig.url, '--name', rig.name, '--format', 'md']);
      assert.match(md.stdout, /dead letters: 2/);
      assert.match(md.stdout, /poison-1 \(feed\.jsonl#1\), 3 deliveries: .*not iterable/);
    } finally {
      await rig.stop();
    }
  });

  test('an unreachable queue is a clear error, exit 2', async () => {
    const result = await runCli(['status', '--queue', 'nats://127.0.0.1:1', '--format', 'json']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /cannot reach NATS at nats:\/\/127\.0\.0\.1:1/);
  });
});
