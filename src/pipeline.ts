/**
 * Wires the stages; the library's entry. Does no analysis itself: each step is a stage call.
 * ingest → clean → nlp + quotes, one article at a time, so memory stays bounded on big inputs.
 */
import { readInputs, type IngestIO } from './ingest/index.ts';
import { cleanArticle, createOutletMemory, type OutletMemory } from './clean/index.ts';
import { analyzeLanguage, createNlp, type Nlp } from './nlp/index.ts';
import { findQuotes } from './quotes/index.ts';
import { isRejected } from './diagnostics.ts';
import type { Options } from './options.ts';
import type { AnnotatedArticle, CleanArticle, RawArticle, Rejected } from './types.ts';

/** What a run keeps between articles: the loaded language model and the per-outlet line memory. */
export interface PipelineContext {
  readonly nlp: Nlp;
  readonly outletMemory: OutletMemory;
}

export function createPipelineContext(): PipelineContext {
  return { nlp: createNlp(), outletMemory: createOutletMemory() };
}

/** Language layer over one clean article: sentences, entities, dates, then quotes with speakers. */
export function annotateArticle(context: PipelineContext, article: CleanArticle, options: Options): AnnotatedArticle {
  const language = analyzeLanguage(context.nlp, article, options.nlp);
  const found = findQuotes(
    { text: article.text, paragraphs: article.paragraphs, sentences: language.sentences, entities: language.entities },
    options.quotes,
  );
  return {
    ...article,
    sentences: language.sentences,
    entities: language.entities,
    dates: language.dates,
    quotes: found.quotes,
    diagnostics: [...article.diagnostics, ...language.diagnostics, ...found.diagnostics],
  };
}

/** Clean and annotate one raw article. */
export function processArticle(
  context: PipelineContext,
  raw: RawArticle,
  options: Options,
): AnnotatedArticle | Rejected {
  const clean = cleanArticle(raw, options.clean, context.outletMemory);
  if (isRejected(clean)) return clean;
  return annotateArticle(context, clean, options);
}

/** Reads the inputs and yields each article annotated, or rejected with its reasons. */
export async function* extractArticles(
  paths: readonly string[],
  options: Options,
  io: IngestIO,
  context: PipelineContext = createPipelineContext(),
): AsyncGenerator<AnnotatedArticle | Rejected> {
  for await (const raw of readInputs(paths, options.ingest, io)) {
    yield isRejected(raw) ? raw : processArticle(context, raw, options);
  }
}
