// A worker's warm-up (src/queue/warm-up.ts) runs the pipeline over samples and changes no result:
// the articles and briefs a warmed context gives are those of a fresh one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { warmUp } from '../../src/queue/warm-up.ts';
import { createPipelineContext, processArticle, type PipelineContext } from '../../src/pipeline.ts';
import { readInputs } from '../../src/ingest/index.ts';
import { resolveOptions } from '../../src/options.ts';
import { briefStory, groupStories } from '../../src/story-context.ts';
import { isRejected } from '../../src/diagnostics.ts';
import type { AnnotatedArticle, Brief } from '../../src/types.ts';

const options = resolveOptions({});
const SEEDS = fileURLToPath(new URL('../../../shared/corpus/seeds', import.meta.url));
const DEMO = fileURLToPath(new URL('../../examples/salmon-accord', import.meta.url));
const io = { stdin: process.stdin };

async function briefsOf(context: PipelineContext, path: string): Promise<{ articles: AnnotatedArticle[]; briefs: Brief[] }> {
  const articles: AnnotatedArticle[] = [];
  for await (const raw of readInputs([path], options.ingest, io)) {
    const result = isRejected(raw) ? raw : processArticle(context, raw, options);
    if (!isRejected(result)) articles.push(result);
  }
  return { articles, briefs: groupStories(articles, options).map((story) => briefStory(context.nlp, story, options)) };
}

test('warming up on samples stores nothing and changes no article or brief', async () => {
  const warmed = createPipelineContext();
  // Warmed on the very reports it then processes: what the samples' outlets repeat must not be
  // learned as boilerplate of the real feeds.
  const summary = await warmUp(warmed, options, [SEEDS, DEMO, DEMO], io);
  assert.ok(summary.articles > 10, `${summary.articles} sample articles`);
  assert.ok(summary.stories >= 2);
  const after = await briefsOf(warmed, DEMO);
  const fresh = await briefsOf(createPipelineContext(), DEMO);
  assert.ok(after.articles.length > 0);
  assert.deepEqual(after.articles, fresh.articles);
  assert.deepEqual(after.briefs, fresh.briefs);
});

test('the samples teach the worker\'s outlet memory nothing', async () => {
  const warmed = createPipelineContext();
  await warmUp(warmed, options, [DEMO], io);
  const taught = createPipelineContext();
  const { articles } = await briefsOf(taught, DEMO);
  const lines = articles.flatMap((a) => a.paragraphs.map((p) => ({ outlet: a.source ?? '', line: a.text.slice(p.start, p.end) })));
  const seen = (context: PipelineContext): number => lines.filter(({ outlet, line }) => context.outletMemory.seen(outlet, line) > 0).length;
  assert.ok(seen(taught) > 0, 'a context that processed the reports remembers their lines');
  assert.equal(seen(warmed), 0);
});

test('a warm-up path with no readable report warms nothing and does not throw', async () => {
  const summary = await warmUp(createPipelineContext(), options, ['/nonexistent/newsdesk-warm-up'], io);
  assert.equal(summary.articles, 0);
  assert.equal(summary.rejected, 1);
  assert.match(summary.firstRejection ?? '', /^\/nonexistent\/newsdesk-warm-up: ingest\/\S+ /, 'names the input and why');
});
