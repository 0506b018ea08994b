/**
 * `newsdesk worker --queue nats://… [--db STORE]`: one worker process of the distributed pipeline.
 * Start as many as there are cores, on as many machines as needed, all with the same `--queue`
 * (and `--name`) and `--db`: they share the queue's durable consumer, and one of them at a time
 * assigns stories (see src/queue/assigner.ts). Runs until SIGTERM or SIGINT, then finishes the
 * article under way, hands back the ones already pulled, finishes its story round and exits 0
 * (a second signal exits at once). Bad input is reported on stderr as `path: stage/rule message`;
 * retries and dead letters as `newsdesk worker: …`. Exit 1 when the store fails, 2 for bad usage or
 * an unreachable queue or store. `--rounds full` makes every story round a full regroup (default
 * `quick`: quick rounds while the queue is busy, a full one at the drain, see src/queue/assigner.ts);
 * `--rounds drain` makes the round at the drain a quick one too, the full one following
 * (`NEWSDESK_QUICK_ROUNDS=0` or `=drain` say the same when the flag is absent). `--warm-up PATH`
 * first runs the pipeline over sample reports, storing nothing (src/queue/warm-up.ts).
 */
import { resolveOptions } from '../../options.ts';
import { createPipelineContext } from '../../pipeline.ts';
import { DEFAULT_STORE_LOCATION, openStore, StoreUnavailableError, type Store } from '../../store/index.ts';
import { openQueue, QueueUnavailableError, runWorker, type Queue, type WorkerEvent } from '../../queue/index.ts';
import { warmUp } from '../../queue/warm-up.ts';
import type { CliIO } from '../io.ts';
import { reportDiagnostics } from '../report.ts';
import { UsageError } from './common.ts';

export interface QueueFlags {
  /** NATS URL of the queue (`nats://host:4222`). */
  readonly queue?: string;
  /** The queue's name (streams and subjects derive from it); default NEWSDESK. */
  readonly name?: string;
  readonly db?: string;
  readonly quiet?: boolean;
}

export interface WorkerFlags extends QueueFlags {
  readonly date?: string;
  /** Deliveries of an article that throws before it goes to the dead letters. */
  readonly maxDeliver?: string;
  /** False (`--no-assign`): never take the story assigner's role. */
  readonly assign?: boolean;
  /** A stable worker name (letters, digits, `_`, `-`); a restarted worker of the same name takes its assigner lease back at once. */
  readonly id?: string;
  /** Sample reports (a file or folder) run through the pipeline once, nothing stored, before pulling work. */
  readonly warmUp?: string;
  /** Story rounds: `quick` (default), `full` or `drain` (see `roundPolicy`). */
  readonly rounds?: string;
}

export const ROUND_POLICIES = ['quick', 'full', 'drain'] as const;

/**
 * The assigner's rounds from `--rounds` (else `NEWSDESK_QUICK_ROUNDS`: `0` for full, `drain`):
 * `quick` rounds while the queue is busy and a full one at the drain; `full` rounds only; `drain`,
 * quick rounds at the drain too, the full one after.
 */
export function roundPolicy(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): { quickRounds: boolean; refineAtDrain: boolean } {
  const fromEnv = env.NEWSDESK_QUICK_ROUNDS === '0' ? 'full' : env.NEWSDESK_QUICK_ROUNDS === 'drain' ? 'drain' : 'quick';
  const rounds = flag ?? fromEnv;
  if (!(ROUND_POLICIES as readonly string[]).includes(rounds)) throw new UsageError(`--rounds takes ${ROUND_POLICIES.join(', ')}, not "${rounds}"`);
  return { quickRounds: rounds !== 'full', refineAtDrain: rounds !== 'drain' };
}

/** Undated articles are dated by their story when briefed, so their unresolved relative dates are no news. */
const SKIPPED_RULES: readonly string[] = ['unresolved-date'];

export async function runWorkerCommand(flags: WorkerFlags, io: CliIO, signal: AbortSignal = processStopSignal(io)): Promise<number> {
  const maxDeliver = flags.maxDeliver === undefined ? undefined : Number(flags.maxDeliver);
  if (maxDeliver !== undefined && !(Number.isInteger(maxDeliver) && maxDeliver >= 1)) throw new UsageError(`--max-deliver takes a whole number >= 1, not "${flags.maxDeliver}"`);
  if (flags.id !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(flags.id)) throw new UsageError(`--id takes 1 to 64 letters, digits, "_" or "-", not "${flags.id}"`);
  const rounds = roundPolicy(flags.rounds, io.env);
  const opened = await openQueueAndStore(flags, io, maxDeliver);
  if ('code' in opened) return opened.code;
  const { queue, store } = opened;
  const quiet = flags.quiet === true;
  const options = resolveOptions({ nlp: { referenceDate: flags.date ?? null } });
  const context = createPipelineContext();
  try {
    if (flags.warmUp !== undefined) {
      const warm = await warmUp(context, options, [flags.warmUp], io);
      const why = warm.firstRejection === null ? '' : ` (${warm.firstRejection})`;
      if (warm.articles === 0) io.stderr.write(`newsdesk worker: --warm-up ${flags.warmUp}: no readable report there${why}; starting cold\n`);
      else if (!quiet) io.stderr.write(`newsdesk worker: warmed up on ${warm.articles} report${warm.articles === 1 ? '' : 's'} (${warm.stories} stor${warm.stories === 1 ? 'y' : 'ies'}) in ${warm.seconds.toFixed(1)} s\n`);
    }
    await runWorker({
      queue, store, signal, id: flags.id,
      options,
      context,
      assign: flags.assign === false ? false : rounds,
      onEvent: (event) => reportEvent(io, event, quiet),
    });
    return 0;
  } catch (err) {
    io.stderr.write(`newsdesk worker: stopped: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    await queue.close().catch(() => undefined);
    await store.close();
  }
}

/** Opens the queue and the store named by the flags; on failure says why and gives the exit code. */
export async function openQueueAndStore(flags: QueueFlags, io: CliIO, maxDeliver?: number): Promise<{ queue: Queue; store: Store } | { code: number }> {
  if (flags.queue === undefined) throw new UsageError('give the queue: --queue nats://HOST:4222');
  const location = flags.db ?? io.env.NEWSDESK_DB ?? DEFAULT_STORE_LOCATION;
  let store: Store;
  try {
    store = await openStore(location);
  } catch (err) {
    if (!(err instanceof StoreUnavailableError)) throw err;
    io.stderr.write(`newsdesk: --db ${location}: ${err.message}\n`);
    return { code: 2 };
  }
  try {
    return { queue: await openQueue(flags.queue, { name: flags.name, maxDeliver }), store };
  } catch (err) {
    await store.close();
    if (!(err instanceof QueueUnavailableError || err instanceof RangeError)) throw err;
    io.stderr.write(`newsdesk: ${err.message}\n`);
    return { code: 2 };
  }
}

/**
 * Runs `use` on the queue named by the flags and closes it after; null when the queue is unreachable
 * (or its name is bad), which is then reported on stderr (the caller exits 2). For the commands that
 * only read or tidy the queue.
 */
export async function withQueue<T>(flags: Pick<QueueFlags, 'queue' | 'name'>, io: CliIO, use: (queue: Queue) => Promise<T>): Promise<T | null> {
  if (flags.queue === undefined) throw new UsageError('give the queue: --queue nats://HOST:4222');
  try {
    const queue = await openQueue(flags.queue, { name: flags.name });
    try {
      return await use(queue);
    } finally {
      await queue.close();
    }
  } catch (err) {
    if (!(err instanceof QueueUnavailableError || err instanceof RangeError)) throw err;
    io.stderr.write(`newsdesk: ${err.message}\n`);
    return null;
  }
}

function reportEvent(io: CliIO, event: WorkerEvent, quiet: boolean): void {
  if (event.kind === 'rejected') {
    reportDiagnostics(io, event.diagnostics.filter((d) => !SKIPPED_RULES.includes(d.rule)), event.path, quiet);
  } else if (event.kind === 'dead-letter') {
    io.stderr.write(`newsdesk worker: ${event.id ?? 'a message'}: dead letter after ${event.deliveries} deliveries: ${event.reason}\n`);
  } else if (event.kind === 'retry' && !quiet) {
    io.stderr.write(`newsdesk worker: ${event.id}: delivery ${event.deliveries} failed, retrying later: ${event.reason}\n`);
  } else if (event.kind === 'conflict' && !quiet) {
    io.stderr.write(`newsdesk worker: another story assigner wrote first; regrouping again (${event.message})\n`);
  } else if (event.kind === 'stored') {
    reportDiagnostics(io, event.article.diagnostics.filter((d) => !SKIPPED_RULES.includes(d.rule)), event.article.path, quiet);
  }
}

/** Aborts on the first SIGTERM or SIGINT; a second one exits at once. */
function processStopSignal(io: CliIO): AbortSignal {
  const controller = new AbortController();
  const stop = (name: string): void => {
    if (controller.signal.aborted) process.exit(130);
    io.stderr.write(`newsdesk worker: ${name}: finishing the article under way (again to exit at once)\n`);
    controller.abort();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  return controller.signal;
}
