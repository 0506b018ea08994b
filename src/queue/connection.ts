/**
 * A connection to one queue: the NATS connection, its JetStream client and manager, and the queue's
 * streams and shared consumer, created on first use (every process may be the first; creating what
 * another process just created is not an error).
 */
import { connect, type NatsConnection } from '@nats-io/transport-node';
import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiError,
  jetstream,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
  type JetStreamClient,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream';
import { queueNames, type QueueNames } from './names.ts';

export interface QueueSettings {
  /** The queue's name (streams and subjects derive from it); default NEWSDESK. */
  readonly name?: string;
  /** Deliveries of one article before it goes to the dead letters (default 4). */
  readonly maxDeliver?: number;
  /** How long a delivered article may stay unacked before it is delivered again (default 60 s). */
  readonly ackWaitMs?: number;
  /** How long a published article id is remembered to drop a re-publish (default 10 min). */
  readonly duplicateWindowMs?: number;
}

export interface Queue {
  readonly url: string;
  readonly names: QueueNames;
  readonly nc: NatsConnection;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  /** Deliveries of one article before it goes to the dead letters. */
  readonly maxDeliver: number;
  close(): Promise<void>;
}

/** NATS is unreachable, or the URL is not a NATS URL: the user's environment, not a bug. */
export class QueueUnavailableError extends Error {
  override readonly name = 'QueueUnavailableError';
}

const DEFAULT_MAX_DELIVER = 4;
const DEFAULT_ACK_WAIT_MS = 60_000;
const DEFAULT_DUPLICATE_WINDOW_MS = 10 * 60_000;
const CONTROL_MAX_AGE_MS = 24 * 3600_000;
const NANOS_PER_MS = 1_000_000;
const STREAM_NOT_FOUND = 10059;
const CONSUMER_NOT_FOUND = 10014;

/** Connects to `url` (`nats://host:port`) and makes sure the queue's streams and consumer exist. */
export async function openQueue(url: string, settings: QueueSettings = {}): Promise<Queue> {
  if (!/^(nats|tls|wss?):\/\//i.test(url)) throw new QueueUnavailableError(`--queue ${url}: give a NATS URL such as nats://127.0.0.1:4222`);
  const names = queueNames(settings.name);
  let nc: NatsConnection;
  try {
    nc = await connect({ servers: url, name: `newsdesk ${process.pid}`, timeout: 5000 });
  } catch (err) {
    throw new QueueUnavailableError(`cannot reach NATS at ${url}: ${(err as Error).message}`);
  }
  try {
    const jsm = await jetstreamManager(nc, { timeout: 10_000 });
    const maxDeliver = Math.max(1, settings.maxDeliver ?? DEFAULT_MAX_DELIVER);
    await ensureStreams(jsm, names, settings.duplicateWindowMs ?? DEFAULT_DUPLICATE_WINDOW_MS);
    await ensureConsumer(jsm, names, { maxDeliver, ackWaitMs: settings.ackWaitMs ?? DEFAULT_ACK_WAIT_MS });
    return { url, names, nc, js: jetstream(nc, { timeout: 10_000 }), jsm, maxDeliver, close: async () => nc.drain() };
  } catch (err) {
    await nc.close();
    if (err instanceof JetStreamApiError || (err as Error).name === 'JetStreamNotEnabledError') {
      throw new QueueUnavailableError(`NATS at ${url} refused the queue "${names.stream}": ${(err as Error).message}`);
    }
    throw err;
  }
}

async function ensureStreams(jsm: JetStreamManager, names: QueueNames, duplicateWindowMs: number): Promise<void> {
  await ensureStream(jsm, {
    name: names.stream,
    subjects: [names.articles],
    retention: RetentionPolicy.Workqueue,
    storage: StorageType.File,
    duplicate_window: duplicateWindowMs * NANOS_PER_MS,
  });
  await ensureStream(jsm, { name: names.deadStream, subjects: [names.dead], retention: RetentionPolicy.Limits, storage: StorageType.File });
  await ensureStream(jsm, {
    name: names.controlStream,
    subjects: [`${names.lease}`, `${names.workers}.>`],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    max_msgs_per_subject: 1,
    max_age: CONTROL_MAX_AGE_MS * NANOS_PER_MS,
  });
}

async function ensureStream(jsm: JetStreamManager, config: Partial<StreamConfig> & { name: string }): Promise<void> {
  try {
    await jsm.streams.info(config.name);
    return;
  } catch (err) {
    if (!isApiError(err, STREAM_NOT_FOUND)) throw err;
  }
  try {
    await jsm.streams.add(config);
  } catch (err) {
    // Another process created it between our look and our add: fine if it is there now.
    await jsm.streams.info(config.name).catch(() => Promise.reject(err));
  }
}

async function ensureConsumer(jsm: JetStreamManager, names: QueueNames, limits: { maxDeliver: number; ackWaitMs: number }): Promise<void> {
  try {
    await jsm.consumers.info(names.stream, names.consumer);
    return;
  } catch (err) {
    if (!isApiError(err, CONSUMER_NOT_FOUND)) throw err;
  }
  const config = {
    durable_name: names.consumer,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: names.articles,
    // One delivery more than the retry limit: the last one only moves the article to the dead letters,
    // so an article whose processing kills its worker each time still ends there, not stuck unacked.
    max_deliver: limits.maxDeliver + 1,
    ack_wait: limits.ackWaitMs * NANOS_PER_MS,
    max_ack_pending: 1000,
  };
  try {
    await jsm.consumers.add(names.stream, config);
  } catch (err) {
    await jsm.consumers.info(names.stream, names.consumer).catch(() => Promise.reject(err));
  }
}

function isApiError(err: unknown, code: number): boolean {
  return err instanceof JetStreamApiError && err.code === code;
}
