/**
 * `newsdesk status --queue nats://… [--db STORE]`: the distributed pipeline at a glance: articles
 * waiting in the stream, the shared consumer's pending, in-process and redelivered counts, the
 * dead letters (count and the newest few with their reasons), the story assigner, the workers seen
 * (last heartbeat, counts) and, with a store, its articles, stories and articles not yet in a story.
 * `--format json` prints one JSON document. Exit 2 when the queue or store is unreachable.
 */
import { openStore, StoreUnavailableError, type StoreCounts } from '../../store/index.ts';
import { readQueueStatus, type QueueStatus } from '../../queue/index.ts';
import type { CliIO } from '../io.ts';
import { chooseFormat, openOutput } from '../output.ts';
import { UsageError, type CommonFlags } from './common.ts';
import { withQueue, type QueueFlags } from './worker.ts';

export interface StatusFlags extends QueueFlags, Pick<CommonFlags, 'format' | 'out'> {}

export interface StoreStatus extends StoreCounts {
  readonly location: string;
  /** Articles stored by workers and not yet put into a story. */
  readonly unassigned: number;
}

export async function runStatus(flags: StatusFlags, io: CliIO): Promise<number> {
  const format = chooseFormat(flags.format, io, flags.out);
  if (format !== 'json' && format !== 'md') throw new UsageError('status prints json or md');
  const queueStatus = await withQueue(flags, io, readQueueStatus);
  if (queueStatus === null) return 2;
  const location = flags.db ?? io.env.NEWSDESK_DB;
  let store: StoreStatus | null = null;
  if (location !== undefined) {
    try {
      const opened = await openStore(location);
      try {
        store = { location, ...(await opened.counts()), unassigned: await opened.unassignedArticles() };
      } finally {
        await opened.close();
      }
    } catch (err) {
      if (!(err instanceof StoreUnavailableError)) throw err;
      io.stderr.write(`newsdesk: --db ${location}: ${err.message}\n`);
      return 2;
    }
  }
  const output = openOutput(io, flags.out);
  try {
    output.write(format === 'json' ? `${JSON.stringify({ queue: queueStatus, store }, null, 2)}\n` : statusMarkdown(queueStatus, store));
  } finally {
    output.close();
  }
  return 0;
}

function statusMarkdown(q: QueueStatus, store: StoreStatus | null): string {
  const lines = [
    `# queue ${q.name}`,
    '',
    `- waiting in the stream: ${q.depth} (not yet delivered ${q.consumer.pending}, being processed ${q.consumer.ackPending}, redelivered ${q.consumer.redelivered})`,
    `- dead letters: ${q.deadLetters.count}`,
    ...q.deadLetters.last.map((d) => `  - ${d.at} ${d.id ?? '(not an article)'}${d.path ? ` (${d.path})` : ''}, ${d.deliveries} deliveries: ${d.reason}`),
    `- story assigner: ${q.assigner === null ? 'none yet' : `${q.assigner.holder}, lease until ${q.assigner.expiresAt}`}`,
    `- workers seen: ${q.workers.length}`,
    ...q.workers.map((w) => {
      const c = w.counts;
      return `  - ${w.id} (${w.host}, pid ${w.pid}) ${w.state}, last seen ${w.seenAt}: ${c.stored} stored, ${c.known} already stored, ${c.rejected} rejected, ${c.retried} retried, ${c.deadLettered} dead letters, ${c.briefsServed} briefs made, ${c.assignRounds} story rounds (${c.fullRounds ?? c.assignRounds} full; ${c.assigned} articles, ${c.assignCpuSeconds} CPU s), ${c.cpuSeconds} CPU s in all`;
    }),
  ];
  if (store !== null) {
    lines.push('', `# store ${store.location}`, '', `- articles: ${store.articles} (not yet in a story: ${store.unassigned})`, `- stories: ${store.stories}`);
  }
  return `${lines.join('\n')}\n`;
}
