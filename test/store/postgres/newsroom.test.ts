// Incremental ingest (src/newsroom.ts) into PostgreSQL: the stories of one-shot grouping, and a batch
// refused when another writer got in, as test/newsroom.test.ts checks over SQLite.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ingestInto } from '../../../src/newsroom.ts';
import { createPipelineContext, extractArticles } from '../../../src/pipeline.ts';
import { briefStory, groupStories } from '../../../src/story-context.ts';
import { resolveOptions } from '../../../src/options.ts';
import { isRejected } from '../../../src/diagnostics.ts';
import { openPostgresStore } from '../../../src/store/postgres/index.ts';
import { StoreConflictError } from '../../../src/store/index.ts';
import type { AnnotatedArticle } from '../../../src/types.ts';
import { writeGeneratedCorpus } from '../_generated.ts';
import { createSchema, dropDatabases, skipPostgres } from './_database.ts';

const options = resolveOptions();
const context = createPipelineContext();
const dir = mkdtempSync(join(tmpdir(), 'newsdesk-pg-newsroom-'));
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropDatabases();
});

async function annotate(paths: readonly string[]): Promise<AnnotatedArticle[]> {
  const articles: AnnotatedArticle[] = [];
  for await (const item of extractArticles(paths, options, { stdin: Readable.from([]) }, context)) if (!isRejected(item)) articles.push(item);
  return articles;
}

describe('incremental ingest into PostgreSQL', { skip: skipPostgres }, () => {
  test('ingesting in pieces gives the stories and briefs of one-shot grouping over all articles', async () => {
    const generated = writeGeneratedCorpus(join(dir, 'gen'), 30, { seed: 11, events: 3 });
    const articles = await annotate(['examples/salmon-accord', ...generated]);
    const store = await openPostgresStore(await createSchema());
    try {
      const pieces = [articles.slice(0, 7), articles.slice(7, 20), articles.slice(20)];
      for (const piece of pieces) await ingestInto(store, piece, options, { nlp: context.nlp, batchSize: 4 });
      const expected = groupStories(articles, options);
      assert.equal(expected.length, 4);
      assert.deepEqual((await store.listStories()).map((r) => r.id).sort(), expected.map((s) => s.id).sort());
      for (const story of expected) {
        assert.deepEqual((await store.articlesOf(story.id)).map((a) => a.id), story.articles.map((a) => a.id));
        assert.deepEqual(await store.getBrief(story.id), { ...briefStory(context.nlp, story, options), id: story.id });
      }
    } finally {
      await store.close();
    }
  });

  test('a batch is refused when another process added articles meanwhile; what it committed before stays', async () => {
    const [a, b, c] = await annotate(writeGeneratedCorpus(join(dir, 'three'), 3, { seed: 5, events: 1 }));
    const url = await createSchema();
    const mine = await openPostgresStore(url);
    const theirs = await openPostgresStore(url);
    try {
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
      assert.equal(await mine.unassignedArticles(), 0);
    } finally {
      await mine.close();
      await theirs.close();
    }
  });
});
