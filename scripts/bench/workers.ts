// Benchmark of the distributed pipeline: `npm run bench workers`. The same corpus, real news
// reports (the PolNeAR train texts in ../shared/data/polnear/train/text, so the language work
// dominates as in real use), is processed by 1, 2 and 4 `newsdesk worker` processes over NATS
// JetStream into a store (a scratch PostgreSQL database on NEWSDESK_BENCH_PG, default
// postgres://postgres@127.0.0.1:5432/postgres; a SQLite file when that is `off`). For each: the
// articles are published while the workers wait (started and warm), and the clock runs until every
// article is stored and in a story. Prints articles/s, the workers' CPU seconds in the run (from the
// clock's start, so not their start-up; all, the busiest
// worker's, the story assigner's during its rounds), the 2/1 and 4/1 ratios by the wall clock and
// by the busiest worker's CPU seconds, the load average (other work on the machine), and the cores
// the whole machine kept busy during each run, from which the ceiling of any ratio on this machine.
// Each worker starts with `--warm-up` on the PolNeAR dev texts (84 other reports of the same kind,
// not the measured ones): the figures are those of warm, long-running workers; a cold process
// spends its first few hundred articles at two to three times the CPU while V8 compiles the hot
// code, a one-time cost per process that 840 articles cannot amortise (WORKERS_BENCH_WARMUP=off
// measures cold workers).
// Settings: WORKERS_BENCH_COUNTS (default 1,2,4), WORKERS_BENCH_ARTICLES (cap on the corpus),
// NEWSDESK_BENCH_NATS (default nats://127.0.0.1:4222), WORKERS_BENCH_NODE_ARGS (node flags for the
// workers, e.g. --cpu-prof).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { readInputs } from '../../src/ingest/index.ts';
import { resolveOptions } from '../../src/options.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { openQueue, publishArticles, type Queue } from '../../src/queue/index.ts';
import { readHeartbeats } from '../../src/queue/control.ts';
import type { RawArticle } from '../../src/types.ts';

export const name = 'workers';

const BIN = fileURLToPath(new URL('../../bin/newsdesk.js', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../../shared/data/polnear/train/text', import.meta.url));
const WARM_UP = fileURLToPath(new URL('../../../shared/data/polnear/dev/text', import.meta.url));
const WARM = process.env.WORKERS_BENCH_WARMUP !== 'off' && existsSync(WARM_UP);
/** The workers' story rounds by NEWSDESK_QUICK_ROUNDS (see src/cli/commands/worker.ts). */
const ROUNDS: Record<string, string> = {
  '': 'quick while the queue is busy, full at the drain',
  '0': 'full only (NEWSDESK_QUICK_ROUNDS=0)',
  drain: 'quick, also at the drain, then full (NEWSDESK_QUICK_ROUNDS=drain)',
};
const NATS = process.env.NEWSDESK_BENCH_NATS?.trim() || 'nats://127.0.0.1:4222';
const TIMEOUT_MS = 30 * 60_000;
/** Extra node flags for the worker processes, e.g. `--cpu-prof --cpu-prof-dir=DIR` (not allowed in NODE_OPTIONS). */
const NODE_ARGS = (process.env.WORKERS_BENCH_NODE_ARGS ?? '').split(' ').filter((arg) => arg !== '');

interface Scratch {
  readonly location: string;
  dispose(): Promise<void>;
}

interface Figures {
  readonly workers: number;
  readonly articles: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  /** CPU seconds of the busiest worker: the run's critical path were each worker on a core of its own. */
  readonly busiestCpuSeconds: number;
  readonly assignCpuSeconds: number;
  readonly rounds: number;
  readonly fullRounds: number;
  /** Until a full round refined the stories the quick rounds left (= `seconds` without quick rounds). */
  readonly settledSeconds: number;
  readonly load: string;
  /** Cores the whole machine kept busy on average during the run (workers, PostgreSQL, NATS, this process), when the platform tells. */
  readonly busyCores: number | null;
  readonly perWorker: string;
}

/** The machine's CPU time so far, busy and in all (Linux: /proc/stat's first line, in ticks), or null elsewhere. */
function machineTicks(): { readonly busy: number; readonly total: number } | null {
  if (!existsSync('/proc/stat')) return null;
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = fields.reduce((sum, n) => sum + n, 0);
  // idle and iowait are the 4th and 5th fields.
  return { busy: total - fields[3]! - fields[4]!, total };
}

/** Average busy cores between two readings. */
function busyCoresBetween(start: ReturnType<typeof machineTicks>, end: ReturnType<typeof machineTicks>): number | null {
  if (start === null || end === null || end.total === start.total) return null;
  return ((end.busy - start.busy) / (end.total - start.total)) * availableParallelism();
}

/** A scratch store: a PostgreSQL database, or a SQLite file when PostgreSQL is off or unreachable. */
async function scratchStore(label: string): Promise<Scratch> {
  const server = process.env.NEWSDESK_BENCH_PG?.trim() || 'postgres://postgres@127.0.0.1:5432/postgres';
  if (server !== 'off') {
    const admin = new pg.Client({ connectionString: server, connectionTimeoutMillis: 5000 });
    try {
      await admin.connect();
      const database = `newsdesk_bench_workers_${process.pid}_${label}_${randomBytes(3).toString('hex')}`;
      await admin.query(`CREATE DATABASE ${database}`);
      const url = new URL(server);
      url.pathname = `/${database}`;
      return {
        location: url.href,
        dispose: async () => {
          await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
          await admin.end();
        },
      };
    } catch (err) {
      await admin.end().catch(() => undefined);
      console.log(`PostgreSQL unreachable (${err instanceof Error ? err.message : String(err)}): a SQLite file instead`);
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-workers-'));
  return { location: join(dir, 'store.db'), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function readCorpus(limit: number): Promise<RawArticle[]> {
  const articles: RawArticle[] = [];
  for await (const item of readInputs([CORPUS], resolveOptions({}).ingest, { stdin: process.stdin })) {
    if (item.kind === 'article') articles.push(item);
    if (articles.length >= limit) break;
  }
  return articles;
}

function startWorkers(count: number, queueName: string, location: string): ChildProcess[] {
  return Array.from({ length: count }, (_, i) =>
    spawn(process.execPath, [...NODE_ARGS, BIN, 'worker', '--queue', NATS, '--name', queueName, '--db', location, '--id', `bench-${i + 1}`, '--quiet', ...(WARM ? ['--warm-up', WARM_UP] : [])], {
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
}

async function waitUntil(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`workers bench: timed out waiting for ${what}`);
    await sleep(100);
  }
}

async function drained(queue: Queue, store: Store): Promise<boolean> {
  const consumer = await queue.jsm.consumers.info(queue.names.stream, queue.names.consumer);
  if (consumer.num_pending > 0 || consumer.num_ack_pending > 0) return false;
  return (await store.unassignedArticles()) === 0;
}

async function measure(workers: number, corpus: readonly RawArticle[]): Promise<Figures> {
  const queueName = `NDBENCH_${process.pid}_${workers}_${randomBytes(3).toString('hex')}`;
  const scratch = await scratchStore(`w${workers}`);
  const queue = await openQueue(NATS, { name: queueName });
  const store = await openStore(scratch.location);
  const children = startWorkers(workers, queueName, scratch.location);
  const exits = children.map((child) => new Promise<void>((resolve) => child.on('exit', () => resolve())));
  try {
    // Ready: every worker has loaded its language model (and warmed up) and announced itself.
    await waitUntil('the workers to start', async () => (await readHeartbeats(queue)).length === workers);
    // Their CPU seconds so far (loading the sources and the language model) are not the run's.
    await sleep(2500);
    const warm = new Map((await readHeartbeats(queue)).map((b) => [b.id, b.counts.cpuSeconds]));
    const load = loadavg()[0]!.toFixed(1);
    const started = process.hrtime.bigint();
    const ticksAtStart = machineTicks();
    await publishArticles(queue, corpus);
    await waitUntil('every article stored and in a story', async () => drained(queue, store));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const busyCores = busyCoresBetween(ticksAtStart, machineTicks());
    const { articles } = await store.counts();
    // One more heartbeat from each worker, with its counts at the drain (an assigner that starts a
    // full round at once sends none while it regroups, and sent one after its last round).
    await sleep(2500);
    const beats = (await readHeartbeats(queue)).map((b) => ({ ...b, counts: { ...b.counts, cpuSeconds: b.counts.cpuSeconds - (warm.get(b.id) ?? 0) } }));
    const fullAtDrain = beats.reduce((sum, b) => sum + b.counts.fullRounds, 0);
    // Quick rounds leave provisional stories until a full round refines them (at the drain, as a rule).
    let settledSeconds = seconds;
    if (beats.some((b) => b.counts.provisionalRounds > 0)) {
      await waitUntil('the stories refined', async () => (await readHeartbeats(queue)).every((b) => b.counts.provisionalRounds === 0));
      settledSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    }
    return {
      workers,
      articles,
      seconds,
      cpuSeconds: beats.reduce((sum, b) => sum + b.counts.cpuSeconds, 0),
      busiestCpuSeconds: Math.max(...beats.map((b) => b.counts.cpuSeconds)),
      assignCpuSeconds: beats.reduce((sum, b) => sum + b.counts.assignCpuSeconds, 0),
      rounds: beats.reduce((sum, b) => sum + b.counts.assignRounds, 0),
      fullRounds: fullAtDrain,
      settledSeconds,
      load: `${load} → ${loadavg()[0]!.toFixed(1)}`,
      busyCores,
      perWorker: beats.map((b) => `${b.id}: ${b.counts.stored} stored, ${b.counts.known} known, ${b.counts.briefsServed} briefs, ${b.counts.assignRounds} rounds, ${b.counts.assignConflicts} refused, ${b.counts.cpuSeconds.toFixed(2)} CPU s`).join('; '),
    };
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(exits);
    await store.close();
    for (const stream of [queue.names.stream, queue.names.deadStream, queue.names.controlStream]) await queue.jsm.streams.delete(stream).catch(() => false);
    await queue.close();
    await scratch.dispose();
  }
}

export async function run(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`workers: not measured, no corpus at ${CORPUS}`);
    return;
  }
  const counts = (process.env.WORKERS_BENCH_COUNTS ?? '1,2,4').split(',').map(Number).filter((n) => n >= 1);
  const corpus = await readCorpus(Number(process.env.WORKERS_BENCH_ARTICLES ?? Infinity));
  const bytes = corpus.reduce((sum, a) => sum + Buffer.byteLength(a.body), 0);
  console.log(`corpus: ${corpus.length} PolNeAR train reports, ${(bytes / 2 ** 20).toFixed(1)} MB; queue ${NATS}; ${process.env.NEWSDESK_BENCH_PG === 'off' ? 'SQLite' : 'PostgreSQL'} store; story rounds: ${ROUNDS[process.env.NEWSDESK_QUICK_ROUNDS ?? ''] ?? ROUNDS['']} ("settled": until no story is provisional); workers ${WARM ? 'warmed up on the 84 PolNeAR dev reports' : 'cold (no warm-up)'}`);
  console.log(`load average now (1, 5, 15 min): ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
  console.log('| workers | articles | wall s | articles/s | settled s | worker CPU s | busiest worker CPU s | assigner CPU s in rounds | rounds (full) | machine cores busy | load average (1 min, start → end) |');
  console.log('| --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- |');
  const results: Figures[] = [];
  for (const workers of counts) {
    const f = await measure(workers, corpus);
    results.push(f);
    if (process.env.WORKERS_BENCH_DETAIL === '1') console.log(`  ${f.perWorker}`);
    console.log(`| ${f.workers} | ${f.articles} | ${f.seconds.toFixed(1)} | ${(f.articles / f.seconds).toFixed(1)} | ${f.settledSeconds.toFixed(1)} | ${f.cpuSeconds.toFixed(1)} | ${f.busiestCpuSeconds.toFixed(1)} | ${f.assignCpuSeconds.toFixed(1)} | ${f.rounds} (${f.fullRounds}) | ${f.busyCores === null ? '?' : f.busyCores.toFixed(2)} | ${f.load} |`);
  }
  const rate = (w: number): number | undefined => {
    const f = results.find((r) => r.workers === w);
    return f === undefined ? undefined : f.articles / f.seconds;
  };
  const one = rate(1);
  const single = results.find((r) => r.workers === 1);
  for (const w of [2, 4]) {
    const r = rate(w);
    const many = results.find((f) => f.workers === w);
    if (one === undefined || r === undefined || single === undefined || many === undefined) continue;
    // The wall-clock ratio depends on what else the machine runs; the CPU one is what the workers
    // would give each on a core of its own: 1 worker's CPU seconds over the busiest worker's.
    const settled = `; ${(single.settledSeconds / many.settledSeconds).toFixed(2)}x by the time until settled`;
    console.log(`${w} workers / 1 worker: ${(r / one).toFixed(2)}x articles/s by the wall clock; ${(single.busiestCpuSeconds / many.busiestCpuSeconds).toFixed(2)}x by the busiest worker's CPU seconds${settled}`);
  }
  // The 1-worker run already keeps more than one core busy (PostgreSQL's and NATS's servers, V8's
  // helper threads, this process publishing): its work, spread perfectly over every core, could
  // not take less than busy x seconds / cores, so no number of workers can beat cores / busy.
  if (single?.busyCores != null && single.busyCores > 0) {
    const cores = availableParallelism();
    console.log(`ceiling on this machine: the 1-worker run kept ${single.busyCores.toFixed(2)} of ${cores} cores busy, so any number of workers here gives at most ${(cores / single.busyCores).toFixed(2)}x its articles/s (perfect parallelism, no serial step, no extra work)`);
  }
}
