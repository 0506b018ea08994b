/** newsdesk as a library: the pipeline, its stages' values, the CLI runner and the renderers. */
export type * from './types.ts';
export { resolveOptions, defaultOptions, type Options, type OptionsInput } from './options.ts';
export { formatDiagnostic, isRejected } from './diagnostics.ts';
export {
  createPipelineContext,
  extractArticles,
  processArticle,
  annotateArticle,
  type PipelineContext,
} from './pipeline.ts';
export { toBriefArticle, toExtractedArticle } from './brief/article-view.ts';
export { renderArticlesJson, renderArticlesMarkdown, renderArticleJsonLine } from './render/articles.ts';
export { run } from './cli/run.ts';
export type { CliIO } from './cli/io.ts';
