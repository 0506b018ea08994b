/** What `newsdesk status` shows of a queue: its depth, the shared consumer, dead letters and workers. */
import type { Queue } from './connection.ts';
import { readHeartbeats, readLease, type Heartbeat, type Lease } from './control.ts';
import { readDeadLetters } from './dead-letters.ts';

export interface QueueStatus {
  readonly name: string;
  /** Articles in the stream: published and not yet acknowledged by a worker. */
  readonly depth: number;
  readonly consumer: {
    /** Not yet delivered to any worker. */
    readonly pending: number;
    /** Delivered, being processed (or waiting out a retry delay). */
    readonly ackPending: number;
    /** Delivered more than once (a retry, or its worker died). */
    readonly redelivered: number;
  };
  readonly deadLetters: {
    readonly count: number;
    /** The newest few, newest last. */
    readonly last: readonly { readonly id: string | null; readonly reason: string; readonly deliveries: number; readonly at: string; readonly path: string | null }[];
  };
  /** The story assigner's lease (null when no worker ever held it). */
  readonly assigner: Lease | null;
  readonly workers: readonly Heartbeat[];
}

export async function readQueueStatus(queue: Queue, options: { readonly deadLetters?: number } = {}): Promise<QueueStatus> {
  const stream = await queue.jsm.streams.info(queue.names.stream);
  const consumer = await queue.jsm.consumers.info(queue.names.stream, queue.names.consumer);
  const dead = await readDeadLetters(queue, options.deadLetters ?? 5);
  const { lease } = await readLease(queue);
  return {
    name: queue.names.stream,
    depth: stream.state.messages,
    consumer: { pending: consumer.num_pending, ackPending: consumer.num_ack_pending, redelivered: consumer.num_redelivered },
    deadLetters: {
      count: dead.count,
      last: dead.last.map((d) => ({ id: d.id, reason: d.reason, deliveries: d.deliveries, at: d.at, path: d.raw?.path ?? null })),
    },
    assigner: lease,
    workers: await readHeartbeats(queue),
  };
}
