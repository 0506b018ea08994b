/**
 * A worker: pulls raw articles from the queue's shared durable consumer (every worker process, on
 * any machine, pulls from the same one, so each article goes to one worker at a time), cleans and
 * annotates each one (`processArticle`), adds it to the store without a story (`putArticles`,
 * idempotent by the content-derived article id, in batches written while the next articles are
 * processed: see article-writer.ts), then acknowledges it. Beside that loop it may hold
 * the story assigner's role (assigner.ts), and it briefs stories for whichever worker holds it
 * (briefs.ts).
 *
 * Delivery is at least once: a worker killed mid-article never acknowledged it, so JetStream
 * delivers it again after the ack wait, and the store keeps one row per id. Outcomes per message:
 * - stored: ack once the write holding it committed; already stored (or a copy of one being
 *   written): ack without processing, counted as known;
 * - bad input (the pipeline's `Rejected`): its diagnostics are reported, ack;
 * - not a raw article at all (unparsable message): dead letter at once, ack;
 * - the pipeline threw: nak with a growing delay, up to `maxDeliver` deliveries; then dead letter
 *   with the reason, ack. A message delivered more than `maxDeliver` times (its worker died on it
 *   each time) goes to the dead letters without another try;
 * - the store failed: nak at once every article not written yet and stop the worker (the store is
 *   down, not the article).
 *
 * Stopping (`signal`): the article under way is finished, the processed articles are written and
 * acknowledged, the messages already pulled are handed back at once (nak), and the assigner
 * finishes its round.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { JsMsg } from '@nats-io/jetstream';
import { isRejected } from '../diagnostics.ts';
import { processArticle, type PipelineContext } from '../pipeline.ts';
import type { Options } from '../options.ts';
import type { Store } from '../store/index.ts';
import type { AnnotatedArticle, Diagnostic, RawArticle, Rejected } from '../types.ts';
import type { Queue } from './connection.ts';
import { publishHeartbeat, type Heartbeat, type WorkerCounts } from './control.ts';
import { runAssigner, type AssignEvent, type AssignPolicy } from './assigner.ts';
import { publishDeadLetter } from './dead-letters.ts';
import { briefAcrossWorkers, serveBriefs } from './briefs.ts';
import { startArticleWriter, type ArticleWriter } from './article-writer.ts';

export type WorkerEvent =
  | { readonly kind: 'rejected'; readonly path: string | null; readonly diagnostics: readonly Diagnostic[] }
  | { readonly kind: 'stored'; readonly article: AnnotatedArticle }
  | { readonly kind: 'retry'; readonly id: string; readonly deliveries: number; readonly reason: string }
  | { readonly kind: 'dead-letter'; readonly id: string | null; readonly deliveries: number; readonly reason: string }
  | AssignEvent;

export interface WorkerRun {
  readonly queue: Queue;
  readonly store: Store;
  readonly options: Options;
  readonly context: PipelineContext;
  /** Stops the worker gracefully. */
  readonly signal: AbortSignal;
  /** Subject-safe worker id (default host-pid-random). */
  readonly id?: string;
  /** Messages pulled ahead of the one being processed (default 4: few to hand back on a crash). */
  readonly prefetch?: number;
  /** Processed articles not yet written (or being written) before the loop waits for the store (default 16). */
  readonly maxUnwritten?: number;
  /** First retry delay; doubled at each further delivery (default 1 s). */
  readonly retryDelayMs?: number;
  /** Story assignment policy, or false for a worker that never takes the assigner role. */
  readonly assign?: AssignPolicy | false;
  readonly heartbeatMs?: number;
  readonly onEvent?: (event: WorkerEvent) => void;
  /** Cleans and annotates one article (default `processArticle`). */
  readonly process?: (raw: RawArticle) => AnnotatedArticle | Rejected;
}

type MutableCounts = { -readonly [K in keyof WorkerCounts]: WorkerCounts[K] };

const DEFAULT_PREFETCH = 4;
const DEFAULT_MAX_UNWRITTEN = 16;
const DEFAULT_RETRY_DELAY_MS = 1000;
const DEFAULT_HEARTBEAT_MS = 2000;

/** Runs until `signal` aborts (or the store fails); resolves with the worker's counts. */
export async function runWorker(run: WorkerRun): Promise<WorkerCounts> {
  const id = run.id ?? defaultWorkerId();
  const counts: MutableCounts = {
    received: 0, stored: 0, known: 0, rejected: 0, retried: 0, deadLettered: 0, assignRounds: 0, assigned: 0, fullRounds: 0, provisionalRounds: 0, assignCpuSeconds: 0, cpuSeconds: 0, briefsServed: 0, assignConflicts: 0,
  };
  const pulse = startHeartbeat(run, id, counts);
  await pulse.beat();
  // One stop for both loops: the caller's signal, or a failure of either (the store is down).
  const stop = new AbortController();
  const forward = (): void => stop.abort();
  run.signal.addEventListener('abort', forward, { once: true });
  if (run.signal.aborted) stop.abort();
  let failure: { readonly error: unknown } | null = null;
  const fail = (error: unknown): void => {
    failure ??= { error };
    stop.abort();
  };
  const briefing = { queue: run.queue, store: run.store, options: run.options, nlp: run.context.nlp };
  const briefer = serveBriefs(briefing, id, stop.signal, { onServed: () => void (counts.briefsServed += 1) }).catch(fail);
  const assigner = startAssigner(run, { id, counts, pulse, signal: stop.signal }).catch(fail);
  await consumeArticles({ ...run, signal: stop.signal }, counts).catch(fail);
  stop.abort();
  await pulse.set('stopping');
  await assigner;
  await briefer;
  run.signal.removeEventListener('abort', forward);
  await pulse.end();
  if (failure !== null) throw (failure as { readonly error: unknown }).error;
  return { ...counts };
}

interface Pulse {
  beat(): Promise<void>;
  /** Sets the state shown in the heartbeat and publishes one at once. */
  set(state: string): Promise<void>;
  assigning(busy: boolean): void;
  /** Stops the beats after a last `stopped` one. */
  end(): Promise<void>;
}

/** Publishes the worker's heartbeat (who, state, counts, CPU seconds) every `heartbeatMs`. */
function startHeartbeat(run: WorkerRun, id: string, counts: MutableCounts): Pulse {
  const startedAt = new Date().toISOString();
  let state = 'running';
  let assigning = false;
  const beat = async (): Promise<void> => {
    const cpu = process.cpuUsage();
    counts.cpuSeconds = Math.round((cpu.user + cpu.system) / 1e4) / 100;
    const heartbeat: Heartbeat = {
      id, host: hostname(), pid: process.pid, startedAt, seenAt: new Date().toISOString(),
      state: assigning ? 'assigning' : state, counts: { ...counts },
    };
    await publishHeartbeat(run.queue, heartbeat).catch(() => undefined);
  };
  const timer = setInterval(() => void beat(), run.heartbeatMs ?? DEFAULT_HEARTBEAT_MS);
  return {
    beat,
    set: async (value) => {
      state = value;
      await beat();
    },
    assigning: (busy) => void (assigning = busy),
    end: async () => {
      clearInterval(timer);
      state = 'stopped';
      await beat();
    },
  };
}

/** The story assigner beside the consuming loop (assigner.ts), unless this worker never assigns. */
async function startAssigner(run: WorkerRun, worker: { id: string; counts: MutableCounts; pulse: Pulse; signal: AbortSignal }): Promise<void> {
  if (run.assign === false) return;
  const { counts } = worker;
  await runAssigner({
    queue: run.queue, store: run.store, options: run.options, nlp: run.context.nlp, holder: worker.id, policy: run.assign,
    signal: worker.signal,
    briefStories: briefAcrossWorkers({ queue: run.queue, store: run.store, options: run.options, nlp: run.context.nlp }, worker.id),
    onBusy: (busy) => worker.pulse.assigning(busy),
    onEvent: (event) => {
      if (event.kind === 'round') {
        counts.assignRounds += 1;
        if (event.full) counts.fullRounds += 1;
        if (event.full) counts.provisionalRounds = 0;
        else if (event.summary.assigned > 0) counts.provisionalRounds += 1;
        counts.assigned += event.summary.assigned;
        counts.assignCpuSeconds = Math.round(counts.assignCpuSeconds * 100 + event.cpuMs / 10) / 100;
      }
      if (event.kind === 'conflict') counts.assignConflicts += 1;
      // The round's counts at once, not up to a heartbeat period later.
      void worker.pulse.beat();
      run.onEvent?.(event);
    },
  });
}

async function consumeArticles(run: WorkerRun, counts: MutableCounts): Promise<void> {
  const consumer = await run.queue.js.consumers.get(run.queue.names.stream, run.queue.names.consumer);
  const messages = await consumer.consume({ max_messages: run.prefetch ?? DEFAULT_PREFETCH });
  const stop = (): void => void messages.close();
  if (run.signal.aborted) stop();
  run.signal.addEventListener('abort', stop, { once: true });
  const writer = startArticleWriter({
    store: run.store,
    maxUnwritten: run.maxUnwritten ?? DEFAULT_MAX_UNWRITTEN,
    onWritten: (article, copies) => {
      counts.stored += 1;
      counts.known += copies;
      run.onEvent?.({ kind: 'stored', article });
    },
    // A failed write stops the loop even while it waits for a message.
    onFailure: stop,
  });
  try {
    for await (const message of messages) {
      if (run.signal.aborted || writer.failed()) {
        message.nak();
        continue;
      }
      counts.received += 1;
      await handleMessage(run, writer, message, counts);
      await writer.room();
    }
    await writer.flush();
  } catch (err) {
    await writer.abandon();
    throw err;
  } finally {
    run.signal.removeEventListener('abort', stop);
    await messages.close();
  }
}

async function handleMessage(run: WorkerRun, writer: ArticleWriter, message: JsMsg, counts: MutableCounts): Promise<void> {
  const deliveries = message.info.deliveryCount;
  const raw = parseRawArticle(message);
  if (typeof raw === 'string') return deadLetter(run, message, { id: null, raw: null, reason: raw, deliveries }, counts);
  // A copy of an article waiting to be written is known once that write commits: no lookup, no processing.
  if (writer.joins(raw.id, message)) return;
  // The lookup stays apart from the write: a redelivered article already stored costs a lookup, not
  // a pipeline run, and `putArticles` says how many articles were new, not which.
  if (await isStored(run.store, raw.id, message)) {
    counts.known += 1;
    return message.ack();
  }
  if (deliveries > run.queue.maxDeliver) {
    const reason = `delivered ${deliveries} times without an acknowledgement (its worker stopped or timed out on it each time)`;
    return deadLetter(run, message, { id: raw.id, raw, reason, deliveries }, counts);
  }
  let result: AnnotatedArticle | Rejected;
  try {
    result = (run.process ?? ((r: RawArticle) => processArticle(run.context, r, run.options)))(raw);
  } catch (err) {
    const reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    if (deliveries >= run.queue.maxDeliver) return deadLetter(run, message, { id: raw.id, raw, reason, deliveries }, counts);
    counts.retried += 1;
    run.onEvent?.({ kind: 'retry', id: raw.id, deliveries, reason });
    return message.nak((run.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS) * 2 ** (deliveries - 1));
  }
  if (isRejected(result)) {
    counts.rejected += 1;
    run.onEvent?.({ kind: 'rejected', path: result.path, diagnostics: result.diagnostics });
    return message.ack();
  }
  writer.add(result, message);
}

/** Whether the store holds the article; a store that fails the lookup gets the message back at once. */
async function isStored(store: Store, id: string, message: JsMsg): Promise<boolean> {
  try {
    return await store.hasArticle(id);
  } catch (err) {
    message.nak();
    throw err;
  }
}

async function deadLetter(
  run: WorkerRun,
  message: JsMsg,
  letter: { readonly id: string | null; readonly raw: RawArticle | null; readonly reason: string; readonly deliveries: number },
  counts: MutableCounts,
): Promise<void> {
  await publishDeadLetter(run.queue, { ...letter, body: letter.raw === null ? message.string() : null, at: new Date().toISOString(), seq: message.info.streamSequence });
  counts.deadLettered += 1;
  run.onEvent?.({ kind: 'dead-letter', id: letter.id, deliveries: letter.deliveries, reason: letter.reason });
  message.ack();
}

/** The message as a RawArticle, or why it is not one. */
function parseRawArticle(message: JsMsg): RawArticle | string {
  let value: unknown;
  try {
    value = message.json<unknown>();
  } catch (err) {
    return `not JSON: ${(err as Error).message}`;
  }
  if (typeof value !== 'object' || value === null) return 'not a raw article: not a JSON object';
  const fields = value as Record<string, unknown>;
  if (fields.kind !== 'article' || typeof fields.id !== 'string' || typeof fields.body !== 'string') {
    return 'not a raw article: kind "article", a string id and a string body are required';
  }
  return value as RawArticle;
}

function defaultWorkerId(): string {
  const host = hostname().replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 32);
  return `${host}-${process.pid}-${randomBytes(3).toString('hex')}`;
}
