// assignPending: the story assigner's step. Articles stored without a story (as workers store them)
// end in the stories `ingestInto` gives over the same stored order, and a stale assigner's write is
// refused rather than written over a newer one's.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignPending, ingestInto } from '../../src/newsroom.ts';
import { createPipelineContext, extractArticles } from '../../src/pipeline.ts';
import { resolveOptions } from '../../src/options.ts';
import { openStore, StoreConflictError, type Store } from '../../src/store/index.ts';
import type { AnnotatedArticle } from '../../src/types.ts';
import { writeGeneratedCorpus } from '../store/_generated.ts';
import { storedStories } from './_support.ts';

const options = resolveOptions({});
const context = createPipelineContext();
const NOW = () => new Date('2031-06-01T00:00:00Z');
const scratch: string[] = [];
after(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-assign-'));
  scratch.push(dir);
  return dir;
}

async function corpus(count: number, seed: number): Promise<AnnotatedArticle[]> {
  const dir = scratchDir();
  writeGeneratedCorpus(dir, count, { seed, events: 5 });
  const articles: AnnotatedArticle[] = [];
  for await (const a of extractArticles([dir], options, { stdin: process.stdin }, context)) if (a.kind === 'article') articles.push(a);
  return articles;
}

async function reference(articles: readonly AnnotatedArticle[]): Promise<Map<string, string | null>> {
  const store = await openStore(':memory:');
  await ingestInto(store, articles, options, { nlp: context.nlp, now: NOW });
  const { storyOf } = await storedStories(store);
  await store.close();
  return storyOf;
}

test('articles stored without a story are put into the stories ingestInto gives, briefed, in rounds', async () => {
  const articles = await corpus(60, 11);
  const store = await openStore(':memory:');
  assert.deepEqual(await assignPending(store, options, { nlp: context.nlp }), { assigned: 0, stories: [], removed: [] });
  await store.putArticles(articles.slice(0, 25));
  const first = await assignPending(store, options, { nlp: context.nlp, now: NOW });
  assert.equal(first.assigned, 25);
  assert.equal(await store.unassignedArticles(), 0);
  await store.putArticles(articles.slice(25));
  assert.equal(await store.unassignedArticles(), 35);
  const second = await assignPending(store, options, { nlp: context.nlp, now: NOW });
  assert.equal(second.assigned, 35);
  assert.equal(await store.unassignedArticles(), 0);
  const { storyOf } = await storedStories(store);
  assert.deepEqual(storyOf, await reference(articles));
  const rows = await store.listStories();
  assert.equal(rows.reduce((n, r) => n + r.articles, 0), articles.length, 'every article is in exactly one briefed story');
  for (const row of rows) assert.equal((await store.getBrief(row.id))?.articles.length, row.articles);
  await store.close();
});

test('a stale assigner, overtaken by another one, writes nothing', async () => {
  const articles = await corpus(30, 12);
  const file = join(scratchDir(), 'store.db');
  const stale = await openStore(file);
  const other = await openStore(file);
  await stale.putArticles(articles);
  // The other assigner gets in between the stale one's reading and its write.
  const overtaken: Store = {
    ...stale,
    putStories: async (write) => {
      assert.equal((await assignPending(other, options, { nlp: context.nlp })).assigned, articles.length);
      return stale.putStories(write);
    },
  };
  await assert.rejects(assignPending(overtaken, options, { nlp: context.nlp }), StoreConflictError);
  const { storyOf } = await storedStories(stale);
  assert.deepEqual(storyOf, await reference(articles));
  await stale.close();
  await other.close();
});
