/**
 * Dead letters: articles that kept failing, kept in their own stream (NAME_DEAD) with the reason,
 * the number of deliveries and the article itself, so they can be inspected and re-published.
 */
import type { RawArticle } from '../types.ts';
import type { Queue } from './connection.ts';

export interface DeadLetter {
  /** The article id; null when the message was not a raw article at all. */
  readonly id: string | null;
  readonly reason: string;
  readonly deliveries: number;
  /** ISO 8601 time it was given up. */
  readonly at: string;
  /** Its sequence in the articles stream. */
  readonly seq: number;
  readonly raw: RawArticle | null;
  /** The message as received, when it was not a raw article. */
  readonly body: string | null;
}

export async function publishDeadLetter(queue: Queue, letter: DeadLetter): Promise<void> {
  // The message id (stream sequence) keeps one dead letter per message if the worker dies before its ack.
  await queue.js.publish(queue.names.dead, JSON.stringify(letter), { msgID: `dead-${letter.seq}` });
}

/** How many dead letters the queue holds, and the last `limit` (newest last). */
export async function readDeadLetters(queue: Queue, limit: number): Promise<{ readonly count: number; readonly last: DeadLetter[] }> {
  const info = await queue.jsm.streams.info(queue.names.deadStream);
  const last: DeadLetter[] = [];
  for (let seq = info.state.last_seq; seq >= info.state.first_seq && seq > 0 && last.length < limit; seq--) {
    const message = await queue.jsm.streams.getMessage(queue.names.deadStream, { seq }).catch(() => null);
    if (message !== null) last.unshift(message.json<DeadLetter>());
  }
  return { count: info.state.messages, last };
}
