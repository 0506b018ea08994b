// Benchmark of the stores, SQLite and PostgreSQL side by side: `npm run bench store` (sizes:
// STORE_BENCH_ARTICLES, default 300; STORE_BENCH_WRITES, default 5000). PostgreSQL runs in a scratch
// database made on the server NEWSDESK_BENCH_PG names (default postgres://postgres@127.0.0.1:5432/postgres;
// `off` skips it) and dropped at the end.
// - write rate: already-annotated articles put with their assignments and a brief per batch of 64;
// - ingest rate: `ingestInto` (regrouping, re-briefing the changed stories, writing) of articles
//   annotated beforehand (not timed) from generated reports about made-up events;
// - read latency: `listStories` and `getBrief` on the resulting store.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveOptions } from '../../src/options.ts';
import { createPipelineContext, processArticle } from '../../src/pipeline.ts';
import { ingestInto } from '../../src/newsroom.ts';
import pg from 'pg';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { openPostgresStore } from '../../src/store/postgres/index.ts';
import { isRejected } from '../../src/diagnostics.ts';
import { contentId } from '../../src/shared/hash.ts';
import type { Store } from '../../src/store/index.ts';
import type { AnnotatedArticle, Brief, RawArticle } from '../../src/types.ts';
import { prng, type Random } from '../../src/shared/random.ts';

export const name = 'store';

const SYLLABLES = 'ba ke lo mi nu ra so ti ve za dor mel tan vik hal bren'.split(' ');
const NOUNS = ['plant', 'bridge', 'harbour', 'school', 'railway', 'clinic', 'reservoir', 'market', 'tunnel', 'airport'];
const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;
const word = (random: Random): string => {
  const w = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES, random)).join('');
  return w[0]!.toUpperCase() + w.slice(1);
};

/** Plain-text reports: `count` articles spread over `count / 12` made-up events. */
function generateReports(count: number, seed: number): RawArticle[] {
  const random = prng(seed);
  const events = Array.from({ length: Math.max(3, Math.floor(count / 12)) }, () => ({
    place: word(random),
    person: `${word(random)} ${word(random)}`,
    noun: pick(NOUNS, random),
    amount: 10 + Math.floor(random() * 90),
    day: 1 + Math.floor(random() * 25),
  }));
  return Array.from({ length: count }, (_, i) => {
    const e = pick(events, random);
    const body = [
      `Officials in ${e.place} approved the new ${e.noun} on Monday after months of debate.`,
      `${e.person}, who chairs the ${e.place} council, said the ${e.noun} would cost ${e.amount} million.`,
      `Residents of ${e.place} had waited years for the ${e.noun}, ${e.person} told reporters.`,
      `Work on the ${e.noun} is expected to continue into next year, according to report ${i}.`,
    ].join('\n\n');
    const publishedAt = `2031-05-${String(e.day + Math.floor(random() * 3)).padStart(2, '0')}`;
    return {
      kind: 'article', id: contentId('bench', body), path: `report-${i}.txt`, input: 'text', format: 'text', body,
      title: null, url: null, source: `Outlet ${i % 7}`, publishedAt, language: 'en', diagnostics: [],
    };
  });
}

function annotate(raws: readonly RawArticle[]): AnnotatedArticle[] {
  const options = resolveOptions();
  const context = createPipelineContext();
  return raws.map((raw) => processArticle(context, raw, options)).filter((a): a is AnnotatedArticle => !isRejected(a));
}

function minimalBrief(id: string, articles: readonly AnnotatedArticle[]): Brief {
  return {
    id, headline: articles[0]!.text.slice(0, 60), summary: [], eventDate: null, entities: [], quotes: [], conflicts: [],
    timeline: [], coverage: [],
    articles: articles.map((a) => ({
      id: a.id, path: a.path, source: a.source, url: a.url, title: a.title, publishedAt: a.publishedAt, dateline: a.dateline,
      words: a.words, duplicateOf: null, headings: [], removed: [],
    })),
    facts: articles.map((a) => ({ id: contentId('fact', a.id), text: a.sentences[0]?.text ?? a.text, status: 'single-source', articles: [a.id], evidence: [] })),
  };
}

interface Timing {
  readonly seconds: number;
  readonly cpuSeconds: number;
}

/** Store write rate alone: batches of 64 articles, each with its assignments and one brief. */
async function measureWrites(store: Store, articles: readonly AnnotatedArticle[]): Promise<Timing> {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (let i = 0; i < articles.length; i += 64) {
    const batch = articles.slice(i, i + 64);
    const story = contentId('bench-story', String(i));
    await store.putStories({
      articles: batch,
      assignments: batch.map((a) => ({ article: a.id, story })),
      briefs: [minimalBrief(story, batch)],
      removed: [],
      updatedAt: new Date().toISOString(),
    });
  }
  const used = process.cpuUsage(cpu);
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, cpuSeconds: (used.user + used.system) / 1e6 };
}

async function latency(label: string, calls: number, call: (i: number) => Promise<unknown>): Promise<string> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) await call(i);
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / calls;
  return `${label} ${ms.toFixed(2)} ms`;
}

/** A backend to measure: opens a fresh store by name, tells the size it takes on disk, cleans up. */
interface Backend {
  readonly label: string;
  open(name: string): Promise<Store>;
  /** Disk size of the named store in MB (after it is closed). */
  size(name: string): Promise<string>;
  /** CPU seconds the database server has spent on the named store's open connections so far (null: not measurable). */
  serverCpu(name: string): Promise<number | null>;
  dispose(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-store-'));
  return {
    label: 'SQLite',
    open: async (name) => openSqliteStore(join(dir, `${name}.db`)),
    size: async (name) => `file ${(statSync(join(dir, `${name}.db`)).size / 2 ** 20).toFixed(1)} MB + WAL`,
    serverCpu: async () => null,
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Scratch databases on the benchmark's server; null (and a line saying why) when it is off or unreachable. */
async function postgresBackend(): Promise<Backend | null> {
  const server = process.env.NEWSDESK_BENCH_PG?.trim() || 'postgres://postgres@127.0.0.1:5432/postgres';
  if (server === 'off') return null;
  const admin = new pg.Client({ connectionString: server, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (err) {
    console.log(`PostgreSQL: not measured, ${new URL(server).host} unreachable (${err instanceof Error ? err.message : String(err)})`);
    return null;
  }
  const prefix = `newsdesk_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  const made: string[] = [];
  const urlOf = (name: string): string => {
    const url = new URL(server);
    url.pathname = `/${prefix}_${name}`;
    return url.href;
  };
  return {
    label: 'PostgreSQL',
    open: async (name) => {
      await admin.query(`CREATE DATABASE ${prefix}_${name}`);
      made.push(`${prefix}_${name}`);
      return openPostgresStore(urlOf(name));
    },
    size: async (name) => {
      const { rows } = await admin.query<{ bytes: string }>('SELECT pg_database_size($1) AS bytes', [`${prefix}_${name}`]);
      return `database ${(Number(rows[0]!.bytes) / 2 ** 20).toFixed(1)} MB`;
    },
    serverCpu: async (name) => {
      const { rows } = await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [`${prefix}_${name}`]);
      return backendsCpu(rows.map((r) => r.pid));
    },
    dispose: async () => {
      for (const name of made) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

const CLOCK_TICKS = 100;

/** CPU seconds of these server processes (user + system, from /proc: a server on this machine), else null. */
function backendsCpu(pids: readonly number[]): number | null {
  let ticks = 0;
  for (const pid of pids) {
    try {
      // Fields after the command name (which may hold spaces): state is the 1st, utime the 12th, stime the 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1)!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return null;
    }
  }
  return ticks / CLOCK_TICKS;
}

/** ", 1.2 CPU s on the server" when the server's share can be measured. */
function serverShare(before: number | null, after: number | null): string {
  return before === null || after === null ? '' : `, ${(after - before).toFixed(1)} CPU s on the server`;
}

async function measureBackend(backend: Backend, copies: readonly AnnotatedArticle[], articles: readonly AnnotatedArticle[]): Promise<void> {
  const label = backend.label;
  const writeStore = await backend.open('writes');
  const serverBefore = await backend.serverCpu('writes');
  const written = await measureWrites(writeStore, copies);
  const serverWrites = serverShare(serverBefore, await backend.serverCpu('writes'));
  await writeStore.close();
  console.log(
    `${label} write: ${copies.length} annotated articles in ${written.seconds.toFixed(2)} s (${Math.round(copies.length / written.seconds)} articles/s, ` +
      `${written.cpuSeconds.toFixed(1)} CPU s in this process${serverWrites}), ${await backend.size('writes')}`,
  );

  const store = await backend.open('ingest');
  const options = resolveOptions();
  const nlp = createPipelineContext().nlp;
  const serverStart = await backend.serverCpu('ingest');
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const summary = await ingestInto(store, articles, options, { nlp });
  const serverIngest = serverShare(serverStart, await backend.serverCpu('ingest'));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const counts = await store.counts();
  console.log(
    `${label} ingestInto: ${summary.added} annotated articles in ${seconds.toFixed(2)} s (${Math.round(summary.added / seconds)} articles/s, ` +
      `${cpuSeconds.toFixed(1)} CPU s in this process${serverIngest}), ${counts.stories} stories`,
  );
  const one = await ingestInto(store, annotate(generateReports(1, 99)), options, { nlp });
  const rows = await store.listStories();
  const reads = [
    await latency('listStories', 50, () => store.listStories()),
    await latency('getBrief', 200, (i) => store.getBrief(rows[i % rows.length]!.id)),
    await latency('search', 100, () => store.search('council approved')),
  ];
  console.log(`${label} one more article: ${one.stories.length} story re-briefed; per call: ${reads.join(', ')} (${rows.length} stories)`);
  await store.close();
}

export async function run(): Promise<void> {
  const size = Number(process.env.STORE_BENCH_ARTICLES ?? 300);
  const writes = Number(process.env.STORE_BENCH_WRITES ?? 5000);
  const template = annotate(generateReports(Math.min(writes, 200), 7));
  const copies = Array.from({ length: writes }, (_, i) => {
    const a = template[i % template.length]!;
    return { ...a, id: contentId('copy', a.id, String(i)) };
  });
  const articles = annotate(generateReports(size, 11));
  // An untimed run first, so the grouping and briefing code is as warm for the first backend as for the second.
  const warm = openSqliteStore(':memory:');
  await ingestInto(warm, articles, resolveOptions(), { nlp: createPipelineContext().nlp });
  await warm.close();
  const backends = [sqliteBackend(), await postgresBackend()].filter((b): b is Backend => b !== null);
  for (const backend of backends) {
    try {
      await measureBackend(backend, copies, articles);
    } finally {
      await backend.dispose();
    }
  }
}
