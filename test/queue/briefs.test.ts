// Briefs spread over workers (src/queue/briefs.ts) on a real NATS server and store: every brief is
// the one the assigner would make itself; the live workers each brief some; a worker that answers
// nothing (dead, heartbeat still fresh) costs no brief, the assigner makes its share.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { openQueue } from '../../src/queue/index.ts';
import { briefAcrossWorkers, serveBriefs } from '../../src/queue/briefs.ts';
import { publishHeartbeat, type Heartbeat, type WorkerCounts } from '../../src/queue/control.ts';
import { briefStoredStory, type StoryBriefRequest } from '../../src/newsroom.ts';
import { createPipelineContext, extractArticles } from '../../src/pipeline.ts';
import { resolveOptions } from '../../src/options.ts';
import { openStore } from '../../src/store/index.ts';
import type { AnnotatedArticle, Brief } from '../../src/types.ts';
import { dropDatabases } from '../store/postgres/_database.ts';
import { deleteQueue, freshStoreLocation, natsUrl, skipNats, uniqueQueueName } from './_support.ts';

const options = resolveOptions({});
const SEEDS = fileURLToPath(new URL('../../../shared/corpus/seeds', import.meta.url));
const DEMO = fileURLToPath(new URL('../../examples/salmon-accord', import.meta.url));

const NO_COUNTS: WorkerCounts = {
  received: 0, stored: 0, known: 0, rejected: 0, retried: 0, deadLettered: 0, assignRounds: 0, assigned: 0, fullRounds: 0, provisionalRounds: 0, assignCpuSeconds: 0, cpuSeconds: 0, briefsServed: 0, assignConflicts: 0,
};

function heartbeat(id: string, state = 'running'): Heartbeat {
  const now = new Date().toISOString();
  return { id, host: 'test', pid: 0, startedAt: now, seenAt: now, state, counts: NO_COUNTS };
}

describe('briefs across workers', { skip: skipNats }, () => {
  after(async () => void (await dropDatabases()));

  test('every brief equals the local one; live workers share them; a silent worker loses none', async () => {
    const url = await natsUrl();
    const name = uniqueQueueName();
    const queue = await openQueue(url, { name });
    const store = await openStore(await freshStoreLocation());
    const context = createPipelineContext();
    const stop = new AbortController();
    try {
      const articles: AnnotatedArticle[] = [];
      for await (const a of extractArticles([SEEDS, DEMO], options, { stdin: process.stdin })) if (a.kind === 'article') articles.push(a);
      await store.putArticles(articles);
      const ids = articles.map((a) => a.id);
      // Stories of every size, the largest not first, so the order of handing out matters.
      const requests: StoryBriefRequest[] = [1, 3, ids.length, 2, 5, 1, 4, 2].map((size, i) => ({
        id: `story-${i}`,
        articles: Array.from({ length: size }, (_, k) => ids[(i + k) % ids.length]!),
        verdicts: {},
      }));
      const briefing = { queue, store, options, nlp: context.nlp };
      const served = new Map<string, number>();
      // Small chunks: every answer comes in several messages, as a big story's brief does.
      const servers = ['w2', 'w3'].map((id) => serveBriefs(briefing, id, stop.signal, { chunkBytes: 2000, onServed: () => void served.set(id, (served.get(id) ?? 0) + 1) }));
      // w4 looks alive but serves nothing; w5 said it is stopping, so it is not asked.
      for (const beat of [heartbeat('w1'), heartbeat('w2'), heartbeat('w3'), heartbeat('w4'), heartbeat('w5', 'stopping')]) await publishHeartbeat(queue, beat);
      const spread = await briefAcrossWorkers(briefing, 'w1', { perWorker: 1 })(requests);
      const local: Brief[] = [];
      for (const request of requests) local.push(await briefStoredStory(store, request, briefing));
      assert.equal(spread.length, requests.length);
      spread.forEach((brief, i) => assert.deepEqual(brief, local[i], `brief ${i} as the assigner makes it`));
      assert.ok((served.get('w2') ?? 0) >= 1 && (served.get('w3') ?? 0) >= 1, `both live workers briefed some: ${JSON.stringify([...served])}`);
      assert.ok((served.get('w2') ?? 0) + (served.get('w3') ?? 0) < requests.length, 'the assigner briefed some itself');
      stop.abort();
      await Promise.all(servers);
    } finally {
      stop.abort();
      await queue.close();
      await store.close();
      await deleteQueue(url, name);
    }
  });
});
