// The worker's store writes overlap its processing (group commit, article-writer.ts), over a
// real NATS JetStream server and a real store whose `putArticles` is wrapped to be slow or to fail:
// - while a slow write is in flight the next articles are processed, the next write takes them all,
//   and no message is acknowledged before the write holding its article committed;
// - a failing write naks every unwritten article at once and stops the worker, acknowledging nothing;
// - stopping writes and acknowledges the processed articles, then hands the rest back.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openQueue, publishArticles, runWorker, type Queue, type WorkerEvent } from '../../src/queue/index.ts';
import type { WorkerCounts } from '../../src/queue/control.ts';
import type { ConsumeOptions, Consumer, ConsumerMessages, JsMsg } from '@nats-io/jetstream';
import { readInputs } from '../../src/ingest/index.ts';
import { isRejected } from '../../src/diagnostics.ts';
import { createPipelineContext, processArticle } from '../../src/pipeline.ts';
import { resolveOptions } from '../../src/options.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import type { RawArticle } from '../../src/types.ts';
import { writeGeneratedCorpus } from '../store/_generated.ts';
import { dropDatabases } from '../store/postgres/_database.ts';
import { deleteQueue, freshStoreLocation, natsUrl, skipNats, uniqueQueueName } from './_support.ts';

const options = resolveOptions({});
const context = createPipelineContext();
// Long: no message comes back by the ack wait during a test, so each is pulled once.
const ACK_WAIT_MS = 60_000;

/** What the wrapped store and the process hook saw. */
interface Watch {
  writesInFlight: number;
  /** Articles processed (not rejected) while a write was in flight. */
  processedDuringWrites: number;
  processed: number;
  slowestProcessMs: number;
  /** Every article given to the pipeline, rejected or not. */
  readonly handled: Set<string>;
  readonly batches: number[];
  readonly committed: Set<string>;
  /** Problems seen inside callbacks (asserted after the run). */
  readonly violations: string[];
  readonly processedAt: Map<string, number>;
  readonly holds: number[];
}

/** A proxy of `target` with some members replaced (the others bound to the target). */
function intercept<T extends object>(target: T, overrides: Readonly<Record<string | symbol, unknown>>): T {
  return new Proxy(target, {
    get(object, member) {
      if (member in overrides) return overrides[member];
      const value: unknown = Reflect.get(object, member, object);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}

/** How the worker answered each message it pulled: article id (null: unparsable) and its acks and naks, in order. */
type Answers = Map<JsMsg, { readonly id: string | null; readonly calls: string[] }>;

/** The queue as the worker sees it, every pulled message wrapped to record its ack or nak. */
function spyOnAnswers(queue: Queue): { readonly queue: Queue; readonly answers: Answers } {
  const answers: Answers = new Map();
  const spy = (message: JsMsg): JsMsg => {
    let id: string | null = null;
    try {
      id = message.json<{ id: string }>().id;
    } catch {
      // Unparsable: the worker dead-letters it.
    }
    const entry = { id, calls: [] as string[] };
    answers.set(message, entry);
    return intercept(message, {
      ack: () => void (entry.calls.push('ack'), message.ack()),
      nak: (delayMs?: number) => void (entry.calls.push('nak'), message.nak(delayMs)),
    });
  };
  const wrapMessages = (messages: ConsumerMessages): ConsumerMessages =>
    intercept(messages, {
      [Symbol.asyncIterator]: async function* () {
        for await (const message of messages) yield spy(message);
      },
    });
  const wrapConsumer = (consumer: Consumer): Consumer =>
    intercept(consumer, { consume: async (options?: ConsumeOptions) => wrapMessages(await consumer.consume(options)) });
  const consumers = intercept(queue.js.consumers, {
    get: async (stream: string, name: string) => wrapConsumer(await queue.js.consumers.get(stream, name)),
  });
  return { queue: { ...queue, js: intercept(queue.js, { consumers }) }, answers };
}

interface Rig {
  readonly url: string;
  readonly name: string;
  readonly queue: Queue;
  readonly answers: Answers;
  readonly store: Store;
  readonly watch: Watch;
  readonly events: WorkerEvent[];
  readonly done: Promise<WorkerCounts>;
  readonly controller: AbortController;
  close(): Promise<void>;
}

/** A fresh queue and store, one in-process worker (no assigner) whose store writes go through `write`. */
async function startRig(write: (watch: Watch, articles: readonly string[], put: () => Promise<number>, queue: Queue) => Promise<number>): Promise<Rig> {
  const url = await natsUrl();
  const name = uniqueQueueName();
  const queue = await openQueue(url, { name, ackWaitMs: ACK_WAIT_MS });
  const store = await openStore(await freshStoreLocation());
  const watch: Watch = { writesInFlight: 0, processedDuringWrites: 0, processed: 0, slowestProcessMs: 0, handled: new Set(), batches: [], committed: new Set(), violations: [], processedAt: new Map(), holds: [] };
  const wrapped: Store = {
    ...store,
    putArticles: async (articles) => {
      watch.writesInFlight += 1;
      watch.batches.push(articles.length);
      try {
        return await write(watch, articles.map((a) => a.id), () => store.putArticles(articles), queue);
      } finally {
        watch.writesInFlight -= 1;
      }
    },
  };
  const events: WorkerEvent[] = [];
  const controller = new AbortController();
  const spied = spyOnAnswers(queue);
  const done = runWorker({
    queue: spied.queue, store: wrapped, options, context, signal: controller.signal, assign: false, heartbeatMs: 200, retryDelayMs: 50,
    process: (raw: RawArticle) => {
      const started = performance.now();
      const result = processArticle(context, raw, options);
      watch.slowestProcessMs = Math.max(watch.slowestProcessMs, performance.now() - started);
      watch.handled.add(raw.id);
      if (isRejected(result)) return result;
      watch.processed += 1;
      watch.processedAt.set(raw.id, Date.now());
      if (watch.writesInFlight > 0) watch.processedDuringWrites += 1;
      return result;
    },
    onEvent: (event) => {
      events.push(event);
      if (event.kind !== 'stored') return;
      if (!watch.committed.has(event.article.id)) watch.violations.push(`${event.article.id} reported stored before its write committed`);
      watch.holds.push(Date.now() - (watch.processedAt.get(event.article.id) ?? Date.now()));
    },
  });
  return {
    url, name, queue, answers: spied.answers, store, watch, events, done, controller,
    close: async () => {
      controller.abort();
      await done.catch(() => undefined);
      await queue.close();
      await store.close();
      await deleteQueue(url, name);
    },
  };
}

/** A slow write that first checks the batch's messages are still unacknowledged. */
function slowWrite(delayMs: number) {
  return async (watch: Watch, ids: readonly string[], put: () => Promise<number>, queue: Queue): Promise<number> => {
    const consumer = await queue.jsm.consumers.info(queue.names.stream, queue.names.consumer);
    if (consumer.num_ack_pending < ids.length) watch.violations.push(`a write of ${ids.length} with only ${consumer.num_ack_pending} messages unacknowledged`);
    await sleep(delayMs);
    const added = await put();
    for (const id of ids) watch.committed.add(id);
    return added;
  };
}

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const corpora: string[] = [];

async function rawArticles(count: number, seed: number): Promise<RawArticle[]> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-writes-'));
  corpora.push(dir);
  writeGeneratedCorpus(dir, count, { seed, events: 3 });
  const raws: RawArticle[] = [];
  for await (const raw of readInputs([dir], options.ingest, { stdin: process.stdin })) if (raw.kind === 'article') raws.push(raw);
  return raws;
}

/** Messages not acknowledged yet (the stream keeps work until it is acknowledged). */
async function messagesInStream(queue: Queue): Promise<number> {
  return (await queue.jsm.streams.info(queue.names.stream)).state.messages;
}

describe('queue worker: store writes beside processing', { skip: skipNats }, () => {
  after(async () => {
    await dropDatabases();
    for (const dir of corpora) rmSync(dir, { recursive: true, force: true });
  });

  test('a slow write does not stop processing; the next write takes every waiting article; acks follow commits', async (t) => {
    const rig = await startRig(slowWrite(250));
    try {
      const raws = await rawArticles(24, 41);
      // A copy of the first article right behind it (another message id): it joins the unwritten
      // article and is acknowledged as known with it, without a second processing.
      const copy = { ...raws[0]!, path: 'again' };
      await rig.queue.js.publish(rig.queue.names.articles, JSON.stringify(raws[0]), { msgID: 'first' });
      await rig.queue.js.publish(rig.queue.names.articles, JSON.stringify(copy), { msgID: 'first-again' });
      await publishArticles(rig.queue, raws.slice(1));
      await waitFor('the stream emptied', async () => (await messagesInStream(rig.queue)) === 0);
      rig.controller.abort();
      const counts = await rig.done;

      const stored = rig.events.filter((e) => e.kind === 'stored').length;
      t.diagnostic(`${rig.watch.processed} processed, ${rig.watch.processedDuringWrites} during a write; writes of ${rig.watch.batches.join(', ')}; longest hold ${Math.max(...rig.watch.holds)} ms, slowest article ${Math.round(rig.watch.slowestProcessMs)} ms`);
      assert.deepEqual(rig.watch.violations, []);
      assert.deepEqual([...rig.answers.values()].map((a) => a.calls.join()), Array(raws.length + 1).fill('ack'), 'each message acknowledged once');
      assert.equal(stored, rig.watch.processed, 'every processed article stored once');
      assert.equal((await rig.store.counts()).articles, stored);
      assert.equal(counts.stored, stored);
      assert.equal(counts.known, 1, 'the copy');
      assert.equal(counts.received, raws.length + 1);
      assert.ok(rig.watch.processedDuringWrites >= stored / 2, 'most articles were processed while a write was in flight');
      assert.ok(rig.watch.batches.length <= stored / 3, `group commit: ${rig.watch.batches.length} writes for ${stored} articles`);
      assert.ok(Math.max(...rig.watch.batches) <= 16, 'at most 16 articles unwritten');
      // An article waits for the write ahead of it and its own (each answered between two articles),
      // not for a batch to fill: 16 unwritten and 4 pulled ahead at most.
      const bound = 2 * 250 + 20 * rig.watch.slowestProcessMs + 500;
      assert.ok(Math.max(...rig.watch.holds) < bound, `held ${Math.max(...rig.watch.holds)} ms before its ack (bound ${Math.round(bound)} ms)`);
    } finally {
      await rig.close();
    }
  });

  test('a failing write naks every unwritten article at once and stops the worker, acknowledging nothing', async () => {
    const rig = await startRig(async () => {
      await sleep(300);
      throw new Error('the store is down');
    });
    try {
      const raws = await rawArticles(12, 42);
      await publishArticles(rig.queue, raws);
      await assert.rejects(rig.done, /the store is down/);
      const unwritten = new Set(rig.watch.processedAt.keys());
      assert.ok(unwritten.size >= 2 && rig.watch.processedDuringWrites >= 1, 'articles processed while the failing write was in flight');
      assert.equal(rig.events.filter((e) => e.kind === 'stored').length, 0);
      assert.equal((await rig.store.counts()).articles, 0);
      const answers = [...rig.answers.values()];
      assert.deepEqual(answers.filter((a) => a.calls.includes('ack')), [], 'nothing acknowledged');
      for (const id of unwritten) {
        assert.deepEqual(answers.find((a) => a.id === id)?.calls, ['nak'], `${id} handed back once`);
      }
      assert.ok(answers.every((a) => a.calls.join() === 'nak'), 'the messages pulled after the failure handed back too');
      assert.equal((await messagesInStream(rig.queue)), raws.length);
    } finally {
      await rig.close();
    }
  });

  test('stopping writes and acknowledges the processed articles, then hands the rest back', async () => {
    const rig = await startRig(slowWrite(400));
    try {
      const raws = await rawArticles(30, 43);
      await publishArticles(rig.queue, raws);
      await waitFor('articles processed during the first write', () => rig.watch.processedDuringWrites >= 3, 20_000);
      rig.controller.abort();
      const counts = await rig.done;

      assert.deepEqual(rig.watch.violations, []);
      assert.ok(rig.watch.batches.length >= 2, 'the waiting articles were written after the stop');
      assert.equal(counts.stored, rig.watch.processed, 'every processed article written before stopping');
      assert.equal((await rig.store.counts()).articles, counts.stored);
      assert.ok(counts.received < raws.length, 'it stopped part way');
      for (const { id, calls } of rig.answers.values()) {
        assert.deepEqual(calls, [id !== null && rig.watch.handled.has(id) ? 'ack' : 'nak'], `${id}: written (or rejected) and acknowledged, or handed back`);
      }
      assert.equal(await messagesInStream(rig.queue), raws.length - counts.stored - counts.rejected, 'nothing else acknowledged');
    } finally {
      await rig.close();
    }
  });
});
