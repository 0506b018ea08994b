// The distributed pipeline's acceptance test (issue 7): three worker processes, 10,000 articles
// published through `newsdesk ingest --queue`, the worker holding the story assigner's lease killed
// with SIGKILL part way and started again. Every article must be stored exactly once (or be bad
// input the pipeline rejects) and be in a story, and the stories must match a single-process
// `ingestInto` run over the same articles in input order (B-cubed F1 >= 0.98 between the two
// clusterings; the articles' annotations are the workers', so the test measures grouping).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openQueue } from '../../src/queue/index.ts';
import { readHeartbeats, readLease } from '../../src/queue/control.ts';
import { readInputs } from '../../src/ingest/index.ts';
import { ingestInto } from '../../src/newsroom.ts';
import { createPipelineContext, processArticle } from '../../src/pipeline.ts';
import { resolveOptions } from '../../src/options.ts';
import { openStore } from '../../src/store/index.ts';
import type { AnnotatedArticle } from '../../src/types.ts';
import { runCli } from '../_support/cli.ts';
import { writeGeneratedCorpus } from '../store/_generated.ts';
import { dropDatabases } from '../store/postgres/_database.ts';
import { bcubed, deleteQueue, freshStoreLocation, natsUrl, skipNats, startWorker, storedStories, uniqueQueueName, type WorkerProcess } from './_support.ts';

const COUNT = 10_000;
const KILL_AFTER = 3_000;

describe('distributed ingest', { skip: skipNats }, () => {
  after(async () => dropDatabases());

  test('3 workers, one SIGKILLed part way and restarted: every article stored once, stories as one process', { timeout: 600_000 }, async (t) => {
    const url = await natsUrl();
    const name = uniqueQueueName();
    const db = await freshStoreLocation();
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-acceptance-'));
    writeGeneratedCorpus(dir, COUNT, { seed: 2031, events: COUNT / 25 });
    // A short ack wait, so the killed worker's pulled articles come back within seconds.
    await (await openQueue(url, { name, ackWaitMs: 5000 })).close();
    const store = await openStore(db);
    const workers = new Map<string, WorkerProcess>();
    const start = (id: string): void => void workers.set(id, startWorker({ url, name, db, id }));
    const started = Date.now();
    try {
      for (const id of ['w1', 'w2', 'w3']) start(id);
      const published = await runCli(['ingest', dir, '--queue', url, '--name', name, '--format', 'json']);
      assert.equal(published.code, 0, published.stderr);
      assert.equal(JSON.parse(published.stdout).published, COUNT);

      while ((await store.counts()).articles < KILL_AFTER) await sleep(200);
      const queue = await openQueue(url, { name });
      const holder = (await readLease(queue)).lease?.holder;
      await queue.close();
      const victim = holder !== undefined && workers.has(holder) ? holder : 'w2';
      workers.get(victim)!.child.kill('SIGKILL');
      const killed = await workers.get(victim)!.exit;
      assert.equal(killed.signal, 'SIGKILL');
      t.diagnostic(`killed ${victim} (assigner lease: ${holder ?? 'none'}) at ${(await store.counts()).articles} stored, ${Math.round((Date.now() - started) / 1000)} s`);
      start(victim);

      const queue2 = await openQueue(url, { name });
      const deadline = Date.now() + 480_000;
      for (;;) {
        const consumer = await queue2.jsm.consumers.info(queue2.names.stream, queue2.names.consumer);
        const drained = consumer.num_pending === 0 && consumer.num_ack_pending === 0;
        if (drained && (await store.unassignedArticles()) === 0) break;
        assert.ok(Date.now() < deadline, `timed out: ${JSON.stringify(await store.counts())}, ${await store.unassignedArticles()} not in a story, consumer ${JSON.stringify(consumer)}`);
        await sleep(250);
      }
      t.diagnostic(`queue drained and every stored article in a story after ${Math.round((Date.now() - started) / 1000)} s`);
      for (const beat of await readHeartbeats(queue2)) t.diagnostic(`${beat.id}: ${JSON.stringify(beat.counts)}`);
      await queue2.close();
    } finally {
      for (const worker of workers.values()) worker.child.kill('SIGTERM');
      const exits = await Promise.all([...workers.values()].map((w) => w.exit));
      for (const exit of exits) assert.equal(exit.code, 0, exit.stderr);
    }

    const distributed = await storedStories(store);
    assert.equal(distributed.storyOf.size, distributed.rows, 'no id stored twice');
    assert.ok([...distributed.storyOf.values()].every((s) => s !== null), 'every article in a story');
    const rows = await store.listStories();
    const members = new Map<string, number>();
    for (const story of distributed.storyOf.values()) members.set(story!, (members.get(story!) ?? 0) + 1);
    assert.deepEqual(new Map(rows.map((r) => [r.id, r.articles])), members, 'each story row counts its stored articles');

    // Nothing lost: every published article is stored, or is bad input the pipeline rejects.
    const options = resolveOptions({});
    const context = createPipelineContext();
    const inputOrder: string[] = [];
    for await (const raw of readInputs([dir], options.ingest, { stdin: process.stdin })) {
      assert.equal(raw.kind, 'article');
      if (raw.kind !== 'article') continue;
      inputOrder.push(raw.id);
      if (!distributed.storyOf.has(raw.id)) assert.equal(processArticle(context, raw, options).kind, 'rejected', `${raw.path} was lost`);
    }
    assert.equal(inputOrder.length, COUNT);
    t.diagnostic(`${distributed.rows} stored, ${COUNT - distributed.rows} rejected as bad input`);

    // The single-process run over the same articles, in input order.
    const byId = new Map((await store.allArticles()).map((a) => [a.id, a]));
    await store.close();
    const articles = inputOrder.map((id) => byId.get(id)).filter((a): a is AnnotatedArticle => a !== undefined);
    const single = await openStore(':memory:');
    await ingestInto(single, articles, options, { nlp: context.nlp, batchSize: COUNT });
    const reference = await storedStories(single);
    await single.close();
    const score = bcubed(distributed.storyOf, reference.storyOf);
    t.diagnostic(`stories: ${members.size} distributed, ${new Set(reference.storyOf.values()).size} single-process; B-cubed P ${score.precision.toFixed(4)} R ${score.recall.toFixed(4)} F1 ${score.f1.toFixed(4)}`);
    assert.ok(score.f1 >= 0.98, `B-cubed F1 ${score.f1.toFixed(4)} < 0.98`);
    await deleteQueue(url, name);
    rmSync(dir, { recursive: true, force: true });
  });
});
