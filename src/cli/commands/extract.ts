import { resolveOptions } from '../../options.ts';
import { toExtractedArticle } from '../../brief/article-view.ts';
import { renderArticleJsonLine, renderArticlesJson, renderArticlesMarkdown } from '../../render/articles.ts';
import type { ExtractedArticle } from '../../types.ts';
import type { CliIO } from '../io.ts';
import { chooseFormat, openOutput } from '../output.ts';
import { createProgress } from '../progress.ts';
import { UsageError, type CommonFlags } from './common.ts';
import { readArticles } from './read.ts';

/** `newsdesk extract PATH...`: read and clean only; each article with its clean text and annotations. */
export async function runExtract(paths: readonly string[], flags: CommonFlags, io: CliIO): Promise<number> {
  const format = chooseFormat(flags.format, io, flags.out);
  if (format === 'html') throw new UsageError('extract prints json, jsonl or md');
  const options = resolveOptions({ nlp: { referenceDate: flags.date ?? null } });
  const quiet = flags.quiet === true;
  const progress = createProgress(io, quiet);
  const output = openOutput(io, flags.out);
  const collected: ExtractedArticle[] = [];
  let read = 0;
  try {
    for await (const article of readArticles({ paths, options, io, quiet, progress })) {
      read += 1;
      const view = toExtractedArticle(article);
      if (format === 'jsonl') output.write(renderArticleJsonLine(view));
      else collected.push(view);
    }
    if (format === 'json') output.write(renderArticlesJson(collected));
    if (format === 'md') output.write(renderArticlesMarkdown(collected));
  } finally {
    output.close();
  }
  progress.done(`extracted ${read} article${read === 1 ? '' : 's'}`);
  return read > 0 ? 0 : 1;
}
