/**
 * `newsdesk ingest PATH... [--db FILE|URL]`: adds the inputs to the store (default `$NEWSDESK_DB`,
 * else `newsdesk.db` in the current folder). Inputs the store already holds are not annotated again;
 * new articles join existing stories or start new ones, and only the stories they change are
 * re-briefed. Prints a summary: new articles, already stored, stories touched. Exit 0 when at least
 * one article was read (new or already stored), 1 when none was, 2 for bad usage (e.g. an
 * unsupported `--db`).
 */
import { resolveOptions, type Options } from '../../options.ts';
import { createPipelineContext, type PipelineContext } from '../../pipeline.ts';
import { ingestInto, readNewArticles, type IngestSummary } from '../../newsroom.ts';
import { openStore, StoreConflictError, StoreUnavailableError, type Store } from '../../store/index.ts';
import { isRejected } from '../../diagnostics.ts';
import type { AnnotatedArticle } from '../../types.ts';
import type { CliIO } from '../io.ts';
import { openOutput } from '../output.ts';
import { createProgress, type Progress } from '../progress.ts';
import { reportDiagnostics } from '../report.ts';
import { storeLocation, UsageError, type CommonFlags } from './common.ts';
import { runQueueIngest } from './ingest-queue.ts';

export interface IngestFlags extends CommonFlags {
  /** The store: a SQLite file path or a `postgres://` URL (default `$NEWSDESK_DB`, else `newsdesk.db`). */
  readonly db?: string;
  /** A NATS URL: publish the articles to the queue for `newsdesk worker` instead of processing them here. */
  readonly queue?: string;
  /** The queue's name with --queue (default NEWSDESK). */
  readonly name?: string;
}

/** Undated articles are dated by their story when briefed, so their unresolved relative dates are no news. */
const SKIPPED_RULES: readonly string[] = ['unresolved-date'];

export async function runIngest(paths: readonly string[], flags: IngestFlags, io: CliIO): Promise<number> {
  if (flags.format !== undefined && flags.format !== 'json' && flags.format !== 'md') {
    throw new UsageError('ingest prints its summary as json or md');
  }
  if (flags.queue !== undefined) {
    if (flags.db !== undefined) throw new UsageError('--queue publishes to the queue; the workers take --db');
    return runQueueIngest(paths, { ...flags, queue: flags.queue }, io);
  }
  const location = storeLocation(flags.db, io.env);
  const store = await openForIngest(location, io);
  if (store === null) return 2;
  const options = resolveOptions({ nlp: { referenceDate: flags.date ?? null } });
  const quiet = flags.quiet === true;
  const progress = createProgress(io, quiet);
  const context = createPipelineContext();
  const counter = { known: 0 };
  try {
    const articles = newArticles({ store, paths, options, io, quiet, progress, context, counter });
    const summary = await ingestSafely(store, articles, { options, nlp: context.nlp, io, location });
    if (summary === null) return 1;
    const known = summary.known + counter.known;
    const output = openOutput(io, flags.out);
    try {
      output.write(flags.format === 'json' ? summaryJson(summary, known) : `${summaryLine(summary, known)}\n`);
    } finally {
      output.close();
    }
    progress.done(`${location}: ${summaryLine(summary, known)}`);
    return summary.added + known > 0 ? 0 : 1;
  } finally {
    await store.close();
  }
}

/** Runs the ingest; another writer changing the store meanwhile is reported (exit 1), not thrown. */
async function ingestSafely(
  store: Store,
  articles: AsyncIterable<AnnotatedArticle>,
  run: { readonly options: Options; readonly nlp: PipelineContext['nlp']; readonly io: CliIO; readonly location: string },
): Promise<IngestSummary | null> {
  try {
    return await ingestInto(store, articles, run.options, { nlp: run.nlp });
  } catch (err) {
    if (!(err instanceof StoreConflictError)) throw err;
    run.io.stderr.write(`newsdesk: another process wrote to ${run.location} during this ingest (${err.message}); the batches committed before are kept: run the ingest again\n`);
    return null;
  }
}

async function openForIngest(location: string, io: CliIO): Promise<Store | null> {
  try {
    return await openStore(location);
  } catch (err) {
    if (!(err instanceof StoreUnavailableError)) throw err;
    io.stderr.write(`newsdesk: --db ${location}: ${err.message}\n`);
    return null;
  }
}

interface ReadState {
  readonly store: Store;
  readonly paths: readonly string[];
  readonly options: Options;
  readonly io: CliIO;
  readonly quiet: boolean;
  readonly progress: Progress;
  readonly context: PipelineContext;
  readonly counter: { known: number };
}

/** The new articles of the paths; reports rejections and warnings, counts the already stored. */
async function* newArticles(state: ReadState): AsyncGenerator<AnnotatedArticle> {
  const { io, quiet, progress } = state;
  const read = readNewArticles(state.store, { paths: state.paths, options: state.options, io: { stdin: io.stdin }, context: state.context });
  for await (const item of read) {
    if (item.kind === 'known') {
      state.counter.known += 1;
      progress.tick('read');
      continue;
    }
    const shown = item.diagnostics.filter((d) => !SKIPPED_RULES.includes(d.rule));
    reportDiagnostics(io, shown, item.path, quiet);
    if (isRejected(item)) continue;
    progress.tick('read');
    yield item;
  }
}

function summaryLine(summary: IngestSummary, known: number): string {
  const stories = summary.stories.length;
  return `${summary.added} new, ${known} already stored, ${stories} stor${stories === 1 ? 'y' : 'ies'} touched`;
}

function summaryJson(summary: IngestSummary, known: number): string {
  const document = { added: summary.added, known, stories: summary.stories, removed: summary.removed };
  return `${JSON.stringify(document, null, 2)}\n`;
}
