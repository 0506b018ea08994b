// `npm run load`: the web app under load on loopback. Builds (once; then reused from the cache
// folder) a SQLite store of LOAD_ARTICLES (default 10,000) generated reports ingested through the
// real `newsdesk ingest`, starts `newsdesk serve` on 127.0.0.1 in a separate process, and runs
// autocannon against it: after a 3 s warm-up, 50 connections for 20 s on the page of the largest
// story, then 5 s each on the same page uncompressed, `/` and `/api/stories/:id`. Prints for each
// run requests/s, latency p50/p95/p99 (p95 from every recorded response time), errors, non-2xx
// counts and the CPU time per request of the server and of the client, with the load average;
// then checks the goal: no failed request and p95 under 100 ms on the story page (exit 1 if not).
//
// Environment: LOAD_ARTICLES, LOAD_SECONDS (story page run, default 20), LOAD_CONNECTIONS (50),
// LOAD_CACHE (folder of cached stores, default $TMPDIR/newsdesk-load), LOAD_REBUILD=1 (ignore the cache),
// LOAD_GZIP=0 (ask for uncompressed pages; by default requests accept gzip, as browsers do).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngest } from '../src/cli/commands/ingest.ts';
import { processIO } from '../src/cli/io.ts';
import { openStore } from '../src/store/index.ts';
import { prng, type Random } from '../src/shared/random.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ARTICLES = Number(process.env['LOAD_ARTICLES'] ?? 10_000);
const SECONDS = Number(process.env['LOAD_SECONDS'] ?? 20);
const CONNECTIONS = Number(process.env['LOAD_CONNECTIONS'] ?? 50);
const CACHE = process.env['LOAD_CACHE'] ?? join(tmpdir(), 'newsdesk-load');
/** Bump when the generator changes, so a cached store of the old corpus is not reused. */
const CORPUS_VERSION = 2;
const P95_GOAL_MS = 100;

// ---- corpus: invented reports, story sizes skewed like real news (a few big stories, many small) ----

const SYLLABLES = 'ba ke lo mi nu ra so ti ve za dor mel tan vik hal bren cas lun pe rot'.split(' ');
const PROJECTS = ['bridge', 'harbour', 'railway', 'clinic', 'reservoir', 'tunnel', 'airport', 'power plant', 'school', 'market hall'];
const ACTIONS = ['approved', 'halted', 'delayed', 'funded', 'rejected', 'opened'];
const ROLES = ['mayor', 'transport minister', 'council leader', 'chief engineer', 'union spokesperson', 'regional governor'];
const OUTLETS = Array.from({ length: 24 }, (_, i) => `${['North', 'South', 'Coast', 'Valley', 'City', 'River'][i % 6]} ${['Herald', 'Post', 'Times', 'Courier'][i % 4]}`);

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;
const word = (random: Random): string => {
  const w = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES, random)).join('');
  return w[0]!.toUpperCase() + w.slice(1);
};

interface Event {
  readonly place: string;
  readonly region: string;
  readonly person: string;
  readonly role: string;
  readonly critic: string;
  readonly project: string;
  readonly action: string;
  readonly cost: number;
  readonly jobs: number;
  readonly day: number;
}

function makeEvent(random: Random): Event {
  return {
    place: word(random), region: word(random), person: `${word(random)} ${word(random)}`, role: pick(ROLES, random),
    critic: `${word(random)} ${word(random)}`, project: pick(PROJECTS, random), action: pick(ACTIONS, random),
    cost: 20 + Math.floor(random() * 900), jobs: 100 + Math.floor(random() * 4000), day: Math.floor(random() * 300),
  };
}

function paragraphs(e: Event, outlet: string, random: Random): string[] {
  const cost = random() < 0.15 ? e.cost + 10 * (1 + Math.floor(random() * 5)) : e.cost;
  const all = [
    `Officials in ${e.place} ${e.action} the ${e.project} on Tuesday after months of debate in the ${e.region} assembly.`,
    `The ${e.role}, ${e.person}, said the ${e.project} would cost ${cost} million and create about ${e.jobs} jobs.`,
    `"This ${e.project} will change how people in ${e.place} live and work," ${e.person} told reporters outside the town hall.`,
    `Critics led by ${e.critic} said the plan ignored the villages around ${e.place} and would raise local taxes.`,
    `"Nobody asked the people who will pay for it," ${e.critic} said at a protest on Wednesday.`,
    `The ${e.region} assembly first discussed the ${e.project} in ${pick(['March', 'June', 'October'], random)} last year.`,
    `Work on the ${e.project} is expected to start next spring and to last about ${2 + Math.floor(random() * 4)} years.`,
    `Business groups in ${e.region} welcomed the decision, saying the ${e.project} was long overdue.`,
  ];
  // At least four paragraphs: shorter bodies fall under clean's minimum article length.
  const kept = all.filter(() => random() < 0.75);
  const body = kept.length >= 4 ? kept : all.slice(0, 4);
  if (random() < 0.3) body.splice(1, 0, `Read more: ${word(random)} fans celebrate cup win`);
  if (random() < 0.3) body.push(`Share this story with friends. © ${outlet}`);
  return body;
}

/** Writes `count` JSON Lines reports about events whose sizes follow 1/(rank+10) (largest about 2.4% of the corpus). */
function writeCorpus(path: string, count: number): void {
  const random = prng(20261122);
  const events = Array.from({ length: Math.max(4, Math.round(count / 14)) }, () => makeEvent(random));
  const weights = events.map((_, rank) => 1 / (rank + 10));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w / total), 0);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = random();
    const e = events[Math.max(0, cumulative.findIndex((c) => c >= r))]!;
    const outlet = pick(OUTLETS, random);
    const date = new Date(Date.UTC(2026, 0, 1 + e.day + Math.floor(random() * 4))).toISOString().slice(0, 10);
    const slug = `${e.place}-${e.project}-${i}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    lines.push(JSON.stringify({
      url: `https://${outlet.toLowerCase().replace(/ /g, '-')}.example/news/${slug}`,
      title: `${e.place} ${e.action} ${e.project} ${pick(['amid protests', 'after long debate', 'in close vote', 'despite cost fears'], random)}`,
      source: outlet, publishedAt: date, text: paragraphs(e, outlet, random).join('\n\n'),
    }));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

// ---- the store: built once per corpus version and size, then reused ----

async function ensureStore(): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  const db = join(CACHE, `store-v${CORPUS_VERSION}-${ARTICLES}.db`);
  if (existsSync(db) && process.env['LOAD_REBUILD'] !== '1') {
    console.log(`store: reusing ${db} (LOAD_REBUILD=1 builds it again)`);
    return db;
  }
  const corpus = join(CACHE, `corpus-v${CORPUS_VERSION}-${ARTICLES}.jsonl`);
  writeCorpus(corpus, ARTICLES);
  // Built under another name and renamed when complete, so an interrupted build is never reused.
  const building = `${db}.building`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
  console.log(`store: ingesting ${ARTICLES} generated reports (${mb(statSync(corpus).size)}) into ${building}; this takes minutes`);
  const started = { wall: performance.now(), cpu: process.cpuUsage() };
  const code = await runIngest([corpus], { db: building }, processIO());
  if (code !== 0) throw new Error(`store: newsdesk ingest exited with ${code}`);
  const cpu = process.cpuUsage(started.cpu);
  console.log(`store: built in ${seconds(performance.now() - started.wall)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} CPU s`);
  for (const suffix of ['-wal', '-shm']) if (existsSync(`${building}${suffix}`)) renameSync(`${building}${suffix}`, `${db}${suffix}`);
  renameSync(building, db);
  return db;
}

interface StoreFacts {
  readonly articles: number;
  readonly stories: number;
  readonly largest: { readonly id: string; readonly articles: number; readonly headline: string };
  readonly bytes: number;
}

async function describeStore(db: string): Promise<StoreFacts> {
  const store = await openStore(db);
  try {
    const counts = await store.counts();
    const [largest] = await store.listStories({ limit: 1 });
    if (largest === undefined) throw new Error(`store ${db} holds no story`);
    return { ...counts, largest: { id: largest.id, articles: largest.articles, headline: largest.headline }, bytes: statSync(db).size };
  } finally {
    await store.close();
  }
}

// ---- the server: `newsdesk serve` in its own process ----

/** Starts `newsdesk serve --port 0` and reads the address it bound from its notice on stderr. */
async function startServer(db: string): Promise<{ readonly origin: string; readonly child: ChildProcess }> {
  const argv = [join(ROOT, 'bin/newsdesk.js'), 'serve', '--db', db, '--host', '127.0.0.1', '--port', '0', '--quiet'];
  const child = spawn(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  const origin = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error('newsdesk serve printed no address within 60 s')), 60_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      seen += chunk.toString();
      const bound = /\bat (http:\/\/[^/\s]+)\//.exec(seen);
      if (bound !== null) {
        clearTimeout(timer);
        resolve(bound[1]!);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`newsdesk serve exited with ${code} before listening`));
    });
  });
  return { origin, child };
}

// ---- autocannon ----

interface AutocannonResult {
  readonly requests: { readonly average: number; readonly total: number };
  readonly latency: { readonly p50: number; readonly p99: number; readonly max: number };
  readonly throughput: { readonly average: number };
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
}
interface AutocannonInstance extends PromiseLike<AutocannonResult> {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  on(event: 'reqError', listener: (error: Error) => void): void;
}
interface AutocannonOptions {
  readonly url: string;
  readonly connections: number;
  readonly duration: number;
  readonly timeout?: number;
  readonly headers?: Readonly<Record<string, string>>;
}
type Autocannon = (options: AutocannonOptions) => AutocannonInstance;
// autocannon ships no type declarations: the slice used here is typed above.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

interface RunFigures {
  readonly name: string;
  readonly requestsPerSecond: number;
  readonly total: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly errors: number;
  readonly timeouts: number;
  /** Error message → how many requests failed with it. */
  readonly errorKinds: ReadonlyMap<string, number>;
  readonly non2xx: number;
  readonly bytesPerSecond: number;
  /** CPU milliseconds the server process spent per request (null where /proc is missing). */
  readonly serverCpuMs: number | null;
  /** CPU milliseconds this process (autocannon, the client) spent per request. */
  readonly clientCpuMs: number;
}

/** Browsers ask for compressed pages; LOAD_GZIP=0 asks for plain bytes instead. */
const ACCEPT: Readonly<Record<string, string>> = process.env['LOAD_GZIP'] === '0' ? {} : { 'accept-encoding': 'gzip, deflate' };

/** CPU seconds a process has used (Linux /proc; null elsewhere). */
function processCpuSeconds(pid: number | undefined): number | null {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Latency percentile (ms) over every recorded response time. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface LoadRun {
  readonly name: string;
  readonly url: string;
  readonly duration: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The server process, for its CPU time. */
  readonly pid: number | undefined;
}

async function load(run: LoadRun): Promise<RunFigures> {
  const times: number[] = [];
  const cpuBefore = processCpuSeconds(run.pid);
  const clientBefore = process.cpuUsage();
  const instance = autocannon({ url: run.url, connections: CONNECTIONS, duration: run.duration, timeout: 10, headers: run.headers });
  const errorKinds = new Map<string, number>();
  instance.on('response', (_client, _status, _bytes, ms) => void times.push(ms));
  instance.on('reqError', (error) => void errorKinds.set(error.message, (errorKinds.get(error.message) ?? 0) + 1));
  const result = await instance;
  const cpuAfter = processCpuSeconds(run.pid);
  const client = process.cpuUsage(clientBefore);
  times.sort((a, b) => a - b);
  const serverCpuMs = cpuBefore === null || cpuAfter === null || result.requests.total === 0 ? null : ((cpuAfter - cpuBefore) * 1000) / result.requests.total;
  return {
    name: run.name, serverCpuMs, clientCpuMs: (client.user + client.system) / 1000 / Math.max(1, result.requests.total), requestsPerSecond: result.requests.average, total: result.requests.total,
    p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), max: result.latency.max,
    errors: result.errors, timeouts: result.timeouts, errorKinds, non2xx: result.non2xx, bytesPerSecond: result.throughput.average,
  };
}

function printRun(run: RunFigures): void {
  const ms = (v: number): string => v.toFixed(1);
  console.log(
    `${run.name}: ${run.requestsPerSecond.toFixed(0)} requests/s (${run.total} in all, ${mb(run.bytesPerSecond)}/s); ` +
      `latency p50 ${ms(run.p50)} ms, p95 ${ms(run.p95)} ms, p99 ${ms(run.p99)} ms, max ${ms(run.max)} ms; ` +
      `errors ${run.errors} (timeouts ${run.timeouts}), non-2xx ${run.non2xx}` +
      `; CPU ms a request: server ${run.serverCpuMs?.toFixed(2) ?? '?'}, client ${run.clientCpuMs.toFixed(2)}`,
  );
  for (const [message, count] of run.errorKinds) console.log(`  ${count} × ${message}`);
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const seconds = (ms: number): string => (ms / 1000).toFixed(1);
const load1 = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');

// ---- main ----

const db = await ensureStore();
const facts = await describeStore(db);
console.log(
  `store: ${facts.articles} articles, ${facts.stories} stories, ${mb(facts.bytes)}; largest story ${facts.largest.id} ` +
    `(${facts.largest.articles} articles): ${facts.largest.headline}`,
);
const server = await startServer(db);
try {
  const storyPath = `/stories/${encodeURIComponent(facts.largest.id)}`;
  const pid = server.child.pid;
  const run = (name: string, path: string, duration: number, headers: Readonly<Record<string, string>> = ACCEPT): Promise<RunFigures> =>
    load({ name, url: `${server.origin}${path}`, duration, headers, pid });
  const page = await fetch(`${server.origin}${storyPath}`);
  console.log(`story page ${storyPath}: ${page.status}, ${mb((await page.arrayBuffer()).byteLength)} (uncompressed)`);
  console.log(`load average before: ${load1()}; ${CONNECTIONS} connections; request headers ${JSON.stringify(ACCEPT)}`);
  // The first requests pay for JIT compilation and the page's first rendering: not what is measured.
  const warm = await run('warm-up', storyPath, 3);
  console.log(`warm-up: 3 s on the story page, ${warm.total} requests (not counted)`);
  const story = await run(`story page, ${SECONDS} s`, storyPath, SECONDS);
  printRun(story);
  console.log(`load average after the story run: ${load1()}`);
  if (Object.keys(ACCEPT).length > 0) printRun(await run('story page uncompressed (no accept-encoding), 5 s', storyPath, 5, {}));
  printRun(await run('story list /, 5 s', '/', 5));
  printRun(await run('/api/stories/:id, 5 s', `/api${storyPath}`, 5));
  const met = story.errors === 0 && story.non2xx === 0 && story.p95 < P95_GOAL_MS;
  console.log(`goal (story page: no failed request, p95 < ${P95_GOAL_MS} ms): ${met ? 'met' : 'NOT met'}`);
  process.exitCode = met ? 0 : 1;
} finally {
  server.child.kill('SIGTERM');
}
