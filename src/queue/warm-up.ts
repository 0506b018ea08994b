/**
 * A worker's warm-up. V8 compiles the hot code of the language layer, the grouping and the briefs
 * only after it has run a while: a fresh process pays two to three times the CPU per article over
 * its first few hundred articles. A long-lived worker pays that once; a worker started for a burst
 * (or one of several started at once) pays it on the work it was started for. With `--warm-up
 * PATH` the worker first runs the whole pipeline over sample reports (clean, annotate, group,
 * brief), stores nothing, and only then pulls from the queue. The samples go through their own
 * outlet memory, so they teach the cleaner no boilerplate of the real feeds; everything else is a
 * pure function of its input, so warming changes no result.
 */
import { createOutletMemory } from '../clean/index.ts';
import { formatDiagnostic, isRejected } from '../diagnostics.ts';
import { readInputs, type IngestIO } from '../ingest/index.ts';
import { processArticle, type PipelineContext } from '../pipeline.ts';
import { briefStory, groupStories } from '../story-context.ts';
import type { Options } from '../options.ts';
import type { AnnotatedArticle } from '../types.ts';

export interface WarmUpSummary {
  readonly articles: number;
  readonly rejected: number;
  /** Why the first rejected sample was refused (`path: source/rule message`), or null. */
  readonly firstRejection: string | null;
  readonly stories: number;
  readonly seconds: number;
}

/** Runs the pipeline once over the reports at `paths` with the worker's language model; stores nothing. */
export async function warmUp(context: PipelineContext, options: Options, paths: readonly string[], io: IngestIO): Promise<WarmUpSummary> {
  const started = process.hrtime.bigint();
  const sample: PipelineContext = { nlp: context.nlp, outletMemory: createOutletMemory() };
  const articles: AnnotatedArticle[] = [];
  let rejected = 0;
  let firstRejection: string | null = null;
  for await (const raw of readInputs(paths, options.ingest, io)) {
    const result = isRejected(raw) ? raw : processArticle(sample, raw, options);
    if (!isRejected(result)) {
      articles.push(result);
      continue;
    }
    rejected += 1;
    const reason = result.diagnostics[0];
    firstRejection ??= reason === undefined ? result.path : formatDiagnostic(reason, result.path);
  }
  const stories = groupStories(articles, options);
  for (const story of stories) briefStory(context.nlp, story, options);
  return { articles: articles.length, rejected, firstRejection, stories: stories.length, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
