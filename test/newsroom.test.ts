import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ingestInto, readNewArticles } from '../src/newsroom.ts';
import { createPipelineContext, extractArticles } from '../src/pipeline.ts';
import { briefStory, groupStories } from '../src/story-context.ts';
import { resolveOptions } from '../src/options.ts';
import { isRejected } from '../src/diagnostics.ts';
import { openSqliteStore } from '../src/store/sqlite/index.ts';
import { StoreConflictError } from '../src/store/index.ts';
import type { AnnotatedArticle } from '../src/types.ts';
import { writeGeneratedCorpus } from './store/_generated.ts';

const options = resolveOptions();
const context = createPipelineContext();
const io = { stdin: Readable.from([]) };
const clock = (iso: string) => () => new Date(iso);

async function annotate(paths: readonly string[]): Promise<AnnotatedArticle[]> {
  const articles: AnnotatedArticle[] = [];
  for await (const item of extractArticles(paths, options, io, context)) if (!isRejected(item)) articles.push(item);
  return articles;
}

const dir = mkdtempSync(join(tmpdir(), 'newsdesk-newsroom-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
const generated = writeGeneratedCorpus(join(dir, 'gen'), 30, { seed: 11, events: 3 });

test('ingesting in pieces gives the stories and briefs of one-shot grouping over all articles', async () => {
  const articles = await annotate(['examples/salmon-accord', ...generated]);
  const store = openSqliteStore(':memory:');
  const pieces = [articles.slice(0, 7), articles.slice(7, 20), articles.slice(20)];
  for (const piece of pieces) await ingestInto(store, piece, options, { nlp: context.nlp, batchSize: 4, now: clock('2031-06-01T00:00:00Z') });
  const expected = groupStories(articles, options);
  assert.equal(expected.length, 4);
  const rows = await store.listStories();
  assert.deepEqual(rows.map((r) => r.id).sort(), expected.map((s) => s.id).sort());
  for (const story of expected) {
    assert.deepEqual((await store.articlesOf(story.id)).map((a) => a.id), story.articles.map((a) => a.id));
    assert.deepEqual(await store.getBrief(story.id), { ...briefStory(context.nlp, story, options), id: story.id });
  }
  await store.close();
});

test('a stored article is a no-op; a new one re-briefs only its own story', async () => {
  const articles = await annotate(generated);
  const store = openSqliteStore(':memory:');
  const first = await ingestInto(store, articles.slice(0, -1), options, { nlp: context.nlp, now: clock('2031-06-01T00:00:00Z') });
  assert.equal(first.added, articles.length - 1);
  assert.equal(first.stories.length, 3);
  const again = await ingestInto(store, articles.slice(0, -1), options, { nlp: context.nlp, now: clock('2031-06-02T00:00:00Z') });
  assert.deepEqual(again, { added: 0, known: articles.length - 1, stories: [], removed: [] });
  const last = articles.at(-1)!;
  const before = await store.listStories();
  const after = await ingestInto(store, [last, last], options, { nlp: context.nlp, now: clock('2031-06-03T00:00:00Z') });
  assert.equal(after.added, 1);
  assert.equal(after.known, 1);
  assert.equal(after.stories.length, 1);
  const rows = await store.listStories();
  const touched = rows.find((r) => r.id === after.stories[0])!;
  assert.equal(touched.updatedAt, '2031-06-03T00:00:00.000Z');
  assert.equal(touched.articles, before.find((r) => r.id === touched.id)!.articles + 1);
  for (const row of rows.filter((r) => r.id !== touched.id)) assert.equal(row.updatedAt, '2031-06-01T00:00:00.000Z');
  assert.deepEqual(await store.counts(), { articles: articles.length, stories: 3 });
  await store.close();
});

test('readNewArticles does not annotate what the store holds', async () => {
  const store = openSqliteStore(':memory:');
  const paths = generated.slice(0, 4);
  await ingestInto(store, await annotate(paths.slice(0, 2)), options, { nlp: context.nlp });
  const kinds: string[] = [];
  for await (const item of readNewArticles(store, { paths, options, io, context })) kinds.push(item.kind);
  assert.deepEqual(kinds, ['known', 'known', 'article', 'article']);
  await store.close();
});

test('a batch is refused when another writer added articles meanwhile; what it committed before stays', async () => {
  const [a, b, c] = await annotate(generated.slice(0, 3));
  const path = join(dir, 'shared.db');
  const mine = openSqliteStore(path);
  const theirs = openSqliteStore(path);
  async function* interleaved(): AsyncGenerator<AnnotatedArticle> {
    yield a!;
    await ingestInto(theirs, [c!], options, { nlp: context.nlp });
    yield b!;
  }
  await assert.rejects(ingestInto(mine, interleaved(), options, { nlp: context.nlp, batchSize: 1 }), StoreConflictError);
  assert.deepEqual((await mine.allArticles()).map((x) => x.id), [a!.id, c!.id]);
  const resumed = await ingestInto(mine, [a!, b!, c!], options, { nlp: context.nlp });
  assert.equal(resumed.added, 1);
  assert.equal(resumed.known, 2);
  await mine.close();
  await theirs.close();
});
