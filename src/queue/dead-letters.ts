/**
 * Dead letters: articles that kept failing, kept in their own stream (NAME_DEAD) with the reason,
 * the number of deliveries and the article itself, so they can be inspected (`newsdesk status`)
 * and, once the cause is fixed, re-published (`replayDeadLetters`, `newsdesk requeue`).
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

export interface ReplaySummary {
  /** Letters whose article went back to the queue (and that left the dead letters). */
  readonly replayed: number;
  /** Letters kept: messages that were not an article, so there is nothing to publish again. */
  readonly kept: number;
}

/**
 * Publishes each dead letter's article to the queue again, oldest first, then deletes the letter.
 * The message id names the letter (article id and dead-letter sequence), so JetStream's duplicate
 * window does not drop it as the article's first publish, and a replay cut short and run again
 * does not publish the same letter twice within the window (after it, the workers' store check
 * makes a second copy a no-op). Workers deliver it afresh, with the full retry budget.
 */
export async function replayDeadLetters(queue: Queue, onLetter?: (letter: DeadLetter, replayed: boolean) => void): Promise<ReplaySummary> {
  const stream = queue.names.deadStream;
  const info = await queue.jsm.streams.info(stream);
  let replayed = 0;
  let kept = 0;
  for (let seq = info.state.first_seq; seq <= info.state.last_seq && seq > 0; seq++) {
    const message = await queue.jsm.streams.getMessage(stream, { seq }).catch(() => null);
    if (message === null) continue;
    const letter = message.json<DeadLetter>();
    if (letter.raw === null) {
      kept += 1;
      onLetter?.(letter, false);
      continue;
    }
    await queue.js.publish(queue.names.articles, JSON.stringify(letter.raw), { msgID: `${letter.raw.id}-replay-${seq}` });
    await queue.jsm.streams.deleteMessage(stream, seq);
    replayed += 1;
    onLetter?.(letter, true);
  }
  return { replayed, kept };
}
