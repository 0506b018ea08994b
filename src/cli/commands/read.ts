import { isRejected } from '../../diagnostics.ts';
import { extractArticles, type PipelineContext } from '../../pipeline.ts';
import type { Options } from '../../options.ts';
import type { AnnotatedArticle } from '../../types.ts';
import type { CliIO } from '../io.ts';
import type { Progress } from '../progress.ts';
import { reportDiagnostics } from '../report.ts';

export interface ReadRequest {
  readonly paths: readonly string[];
  readonly options: Options;
  readonly io: CliIO;
  readonly quiet: boolean;
  readonly progress: Progress;
  readonly context?: PipelineContext;
  /** Diagnostic rules not worth reporting in this command. */
  readonly skipRules?: readonly string[];
}

/** Yields each article read from the paths; reports every rejection and warning on stderr on the way. */
export async function* readArticles(request: ReadRequest): AsyncGenerator<AnnotatedArticle> {
  const { io, quiet, progress } = request;
  for await (const item of extractArticles(request.paths, request.options, { stdin: io.stdin }, request.context)) {
    const skip = request.skipRules ?? [];
    const shown = skip.length === 0 ? item.diagnostics : item.diagnostics.filter((d) => !skip.includes(d.rule));
    reportDiagnostics(io, shown, item.path, quiet);
    if (isRejected(item)) continue;
    progress.tick('read');
    yield item;
  }
}

/** All articles of the paths, in input order. */
export async function readAllArticles(request: ReadRequest): Promise<AnnotatedArticle[]> {
  const articles: AnnotatedArticle[] = [];
  for await (const article of readArticles(request)) articles.push(article);
  return articles;
}
