/**
 * `newsdesk requeue --queue nats://… [--name NAME]`: publishes every dead letter's article to the
 * queue again (once the cause of its failures is fixed), and removes the letter; letters that are
 * not articles (unparsable messages) stay. Prints what it did; exit 2 for an unreachable queue.
 */
import { openQueue, QueueUnavailableError, replayDeadLetters } from '../../queue/index.ts';
import type { CliIO } from '../io.ts';
import { UsageError } from './common.ts';
import type { QueueFlags } from './worker.ts';

export type RequeueFlags = Pick<QueueFlags, 'queue' | 'name' | 'quiet'>;

export async function runRequeue(flags: RequeueFlags, io: CliIO): Promise<number> {
  if (flags.queue === undefined) throw new UsageError('give the queue: --queue nats://HOST:4222');
  try {
    const queue = await openQueue(flags.queue, { name: flags.name });
    try {
      const summary = await replayDeadLetters(queue, (letter, replayed) => {
        if (flags.quiet === true) return;
        const what = letter.raw === null ? `message ${letter.seq} (not an article)` : `${letter.raw.id}${letter.raw.path === null ? '' : ` (${letter.raw.path})`}`;
        io.stderr.write(`newsdesk requeue: ${replayed ? 'published again' : 'kept'}: ${what}; it had failed ${letter.deliveries} times: ${letter.reason}\n`);
      });
      io.stdout.write(`${summary.replayed} dead ${summary.replayed === 1 ? 'letter' : 'letters'} published again; ${summary.kept} kept (not articles)\n`);
      return 0;
    } finally {
      await queue.close();
    }
  } catch (err) {
    if (!(err instanceof QueueUnavailableError || err instanceof RangeError)) throw err;
    io.stderr.write(`newsdesk: ${err.message}\n`);
    return 2;
  }
}
