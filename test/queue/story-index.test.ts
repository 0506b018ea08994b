// Quick story rounds (src/queue/story-index.ts): new articles go into stories in O(new) from the
// indexes the assigner keeps; the indexes are rebuilt when the store moved without them; a full
// regroup afterwards gives the single-process stories again.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestInto, regroupStored } from '../../src/newsroom.ts';
import { createPipelineContext, extractArticles } from '../../src/pipeline.ts';
import { resolveOptions } from '../../src/options.ts';
import { openStore } from '../../src/store/index.ts';
import { assignQuickly, type StoryIndex } from '../../src/queue/story-index.ts';
import type { AnnotatedArticle } from '../../src/types.ts';
import { writeGeneratedCorpus } from '../store/_generated.ts';
import { bcubed, storedStories } from './_support.ts';

const options = resolveOptions({});
const context = createPipelineContext();
const NOW = () => new Date('2031-06-01T00:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'newsdesk-quick-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function corpus(count: number, seed: number): Promise<AnnotatedArticle[]> {
  writeGeneratedCorpus(dir, count, { seed, events: 6 });
  const articles: AnnotatedArticle[] = [];
  for await (const a of extractArticles([dir], options, { stdin: process.stdin }, context)) if (a.kind === 'article') articles.push(a);
  return articles;
}

test('quick rounds put every new article in a briefed story, keep their index in step, and a full regroup refines them', async () => {
  const all = await corpus(120, 21);
  const articles = all.slice(0, 90);
  const store = await openStore(':memory:');
  let index: StoryIndex | null = null;
  const rounds: boolean[] = [];
  for (const [from, to] of [[0, 30], [30, 60], [60, 90]] as const) {
    await store.putArticles(articles.slice(from, to));
    const round = await assignQuickly(store, options, { nlp: context.nlp, now: NOW }, index);
    assert.equal(round.summary.assigned, to - from);
    assert.equal(await store.unassignedArticles(), 0);
    rounds.push(round.rebuilt);
    index = round.index;
  }
  assert.deepEqual(rounds, [true, false, false], 'built at the first round, then in step with the store');
  const quick = await storedStories(store);
  const rows = await store.listStories();
  assert.equal(rows.reduce((n, r) => n + r.articles, 0), articles.length, 'every article is in exactly one story');
  for (const row of rows) assert.equal((await store.getBrief(row.id))?.articles.length, row.articles, `story ${row.id} briefed with all its members`);

  const reference = await openStore(':memory:');
  await ingestInto(reference, articles, options, { nlp: context.nlp, now: NOW });
  const single = await storedStories(reference);
  await reference.close();
  assert.ok(bcubed(quick.storyOf, single.storyOf).f1 >= 0.9, 'quick stories are close to the refined ones on well-separated events');

  await regroupStored(store, options, { nlp: context.nlp, now: NOW });
  assert.deepEqual((await storedStories(store)).storyOf, single.storyOf, 'a full regroup gives the single-process stories');
  await store.putArticles(all.slice(90));
  const later = await assignQuickly(store, options, { nlp: context.nlp, now: NOW }, index);
  const moved = [...quick.storyOf].some(([id, story]) => single.storyOf.get(id) !== story);
  assert.equal(later.rebuilt, moved, 'the index is rebuilt from the store exactly when the regroup moved articles');
  assert.equal(later.summary.assigned, all.length - 90);
  assert.equal(await store.unassignedArticles(), 0);
  await store.close();
});
