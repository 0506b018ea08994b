/**
 * `newsdesk requeue --queue nats://… [--name NAME]`: publishes every dead letter's article to the
 * queue again (once the cause of its failures is fixed), and removes the letter; letters that are
 * not articles (unparsable messages) stay. Prints what it did; exit 2 for an unreachable queue.
 */
import { replayDeadLetters } from '../../queue/index.ts';
import type { CliIO } from '../io.ts';
import { withQueue, type QueueFlags } from './worker.ts';

export type RequeueFlags = Pick<QueueFlags, 'queue' | 'name' | 'quiet'>;

export async function runRequeue(flags: RequeueFlags, io: CliIO): Promise<number> {
  const summary = await withQueue(flags, io, (queue) =>
    replayDeadLetters(queue, (letter, replayed) => {
      if (flags.quiet === true) return;
      const what = letter.raw === null ? `message ${letter.seq} (not an article)` : `${letter.raw.id}${letter.raw.path === null ? '' : ` (${letter.raw.path})`}`;
      io.stderr.write(`newsdesk requeue: ${replayed ? 'published again' : 'kept'}: ${what}; it had failed ${letter.deliveries} times: ${letter.reason}\n`);
    }),
  );
  if (summary === null) return 2;
  io.stdout.write(`${summary.replayed} dead ${summary.replayed === 1 ? 'letter' : 'letters'} published again; ${summary.kept} kept (not articles)\n`);
  return 0;
}
