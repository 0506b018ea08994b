/**
 * `newsdesk ingest PATH... --queue nats://…`: reads the inputs and publishes each raw article to the
 * queue instead of processing it here; `newsdesk worker` processes do the rest. Bad inputs are
 * reported as usual; an article published again within the stream's duplicate window is dropped
 * by JetStream (and one published later is skipped by the worker, which finds it stored). Prints
 * `N published, M already queued`. Exit 0 when at least one article was read, 1 when none was,
 * 2 when the queue is unreachable.
 */
import { resolveOptions } from '../../options.ts';
import { readInputs } from '../../ingest/index.ts';
import { isRejected } from '../../diagnostics.ts';
import { openQueue, publishArticles, QueueUnavailableError, type PublishSummary, type Queue } from '../../queue/index.ts';
import type { RawArticle } from '../../types.ts';
import type { CliIO } from '../io.ts';
import { openOutput } from '../output.ts';
import { createProgress } from '../progress.ts';
import { reportDiagnostics } from '../report.ts';
import type { CommonFlags } from './common.ts';

export interface QueueIngestFlags extends CommonFlags {
  readonly queue: string;
  /** The queue's name (default NEWSDESK). */
  readonly name?: string;
}

export async function runQueueIngest(paths: readonly string[], flags: QueueIngestFlags, io: CliIO): Promise<number> {
  let queue: Queue;
  try {
    queue = await openQueue(flags.queue, { name: flags.name });
  } catch (err) {
    if (!(err instanceof QueueUnavailableError || err instanceof RangeError)) throw err;
    io.stderr.write(`newsdesk: ${err.message}\n`);
    return 2;
  }
  const quiet = flags.quiet === true;
  const progress = createProgress(io, quiet);
  const options = resolveOptions({});
  async function* articles(): AsyncGenerator<RawArticle> {
    for await (const item of readInputs(paths, options.ingest, { stdin: io.stdin })) {
      reportDiagnostics(io, item.diagnostics, item.path, quiet);
      if (!isRejected(item)) yield item;
    }
  }
  let summary: PublishSummary;
  try {
    summary = await publishArticles(queue, articles(), { onPublished: () => progress.tick('published') });
  } finally {
    await queue.close();
  }
  const line = `${summary.published} published, ${summary.duplicates} already queued`;
  const output = openOutput(io, flags.out);
  try {
    output.write(flags.format === 'json' ? `${JSON.stringify({ ...summary, queue: queue.names.stream }, null, 2)}\n` : `${line}\n`);
  } finally {
    output.close();
  }
  progress.done(`${flags.queue} ${queue.names.stream}: ${line}`);
  return summary.published + summary.duplicates > 0 ? 0 : 1;
}
