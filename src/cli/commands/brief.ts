import { resolveOptions } from '../../options.ts';
import { createPipelineContext } from '../../pipeline.ts';
import { briefStory, groupStories } from '../../story-context.ts';
import { renderBriefsJson } from '../../render/briefs-json.ts';
import { renderBriefsMarkdown } from '../../render/brief-md.ts';
import { renderBriefsHtml } from '../../render/brief-html.ts';
import type { CliIO } from '../io.ts';
import { chooseFormat, openOutput } from '../output.ts';
import { createProgress } from '../progress.ts';
import { UsageError, type CommonFlags } from './common.ts';
import { readAllArticles } from './read.ts';

/** `newsdesk brief PATH...`: one-shot: read, clean, cluster into stories, print one brief per story. */
export async function runBrief(paths: readonly string[], flags: CommonFlags, io: CliIO): Promise<number> {
  const format = chooseFormat(flags.format, io, flags.out);
  if (format === 'jsonl') throw new UsageError('brief prints json, md or html');
  const options = resolveOptions({ nlp: { referenceDate: flags.date ?? null } });
  const quiet = flags.quiet === true;
  const progress = createProgress(io, quiet);
  const context = createPipelineContext();
  // Undated articles are dated by their story below, so their unresolved relative dates are not worth a notice here.
  const articles = await readAllArticles({ paths, options, io, quiet, progress, context, skipRules: ['unresolved-date'] });
  const briefs = groupStories(articles, options).map((story) => briefStory(context.nlp, story, options));
  const output = openOutput(io, flags.out);
  try {
    if (format === 'json') output.write(renderBriefsJson(briefs));
    else if (format === 'html') output.write(renderBriefsHtml(briefs));
    else output.write(renderBriefsMarkdown(briefs));
  } finally {
    output.close();
  }
  progress.done(`${articles.length} articles, ${briefs.length} stor${briefs.length === 1 ? 'y' : 'ies'}`);
  return articles.length > 0 ? 0 : 1;
}
