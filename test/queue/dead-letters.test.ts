// Dead letters put back: `replayDeadLetters` and `newsdesk requeue` publish each dead letter's
// article again, with a message id the duplicate window does not drop, and remove the letter;
// a letter that is not an article stays.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openQueue, readDeadLetters, replayDeadLetters } from '../../src/queue/index.ts';
import { publishDeadLetter } from '../../src/queue/dead-letters.ts';
import type { RawArticle } from '../../src/types.ts';
import { runCli } from '../_support/cli.ts';
import { deleteQueue, natsUrl, skipNats, uniqueQueueName } from './_support.ts';

const cleanups: (() => Promise<void>)[] = [];
after(async () => {
  for (const cleanup of cleanups) await cleanup();
});

const article = (id: string): RawArticle => ({
  kind: 'article', id, path: `feed.jsonl#${id}`, input: 'jsonl', format: 'text', title: null, url: null, source: null,
  publishedAt: null, language: null, body: 'The council met on Monday.', diagnostics: [],
}) as RawArticle;

/** A queue of its own for one test, removed after the file. */
async function freshQueue() {
  const url = await natsUrl();
  const name = uniqueQueueName();
  cleanups.push(() => deleteQueue(url, name));
  return { url, name, queue: await openQueue(url, { name }) };
}

describe('dead letters put back on the queue', { skip: skipNats }, () => {
  test('each article goes back to the queue once and leaves the dead letters; a non-article stays', async () => {
    const { queue } = await freshQueue();
    try {
      // The article was published before under its own id: a re-publish under that id would be dropped.
      await queue.js.publish(queue.names.articles, JSON.stringify(article('a1')), { msgID: 'a1' });
      await publishDeadLetter(queue, { id: 'a1', raw: article('a1'), body: null, reason: 'TypeError: boom', deliveries: 4, at: new Date().toISOString(), seq: 1 });
      await publishDeadLetter(queue, { id: null, raw: null, body: 'not json', reason: 'not JSON', deliveries: 1, at: new Date().toISOString(), seq: 2 });
      const seen: string[] = [];
      assert.deepEqual(await replayDeadLetters(queue, (letter, replayed) => seen.push(`${letter.id}:${replayed}`)), { replayed: 1, kept: 1 });
      assert.deepEqual(seen, ['a1:true', 'null:false']);
      const stream = await queue.jsm.streams.info(queue.names.stream);
      assert.equal(stream.state.messages, 2, 'the article is in the queue a second time');
      const last = await queue.jsm.streams.getMessage(queue.names.stream, { seq: stream.state.last_seq });
      assert.equal(last?.json<RawArticle>().id, 'a1');
      const dead = await readDeadLetters(queue, 10);
      assert.equal(dead.count, 1);
      assert.equal(dead.last[0]!.raw, null);
      // Nothing more to put back.
      assert.deepEqual(await replayDeadLetters(queue), { replayed: 0, kept: 1 });
    } finally {
      await queue.close();
    }
  });

  test('newsdesk requeue says what it did; an unreachable queue is exit 2', async () => {
    const { url, name, queue } = await freshQueue();
    try {
      await publishDeadLetter(queue, { id: 'b1', raw: article('b1'), body: null, reason: 'TypeError: boom', deliveries: 4, at: new Date().toISOString(), seq: 7 });
    } finally {
      await queue.close();
    }
    const result = await runCli(['requeue', '--queue', url, '--name', name]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '1 dead letter published again; 0 kept (not articles)\n');
    assert.match(result.stderr, /published again: b1 \(feed\.jsonl#b1\); it had failed 4 times: TypeError: boom/);
    const down = await runCli(['requeue', '--queue', 'nats://127.0.0.1:1']);
    assert.equal(down.code, 2);
    assert.match(down.stderr, /cannot reach NATS/);
  });
});
