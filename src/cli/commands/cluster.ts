import { resolveOptions } from '../../options.ts';
import { groupStories } from '../../story-context.ts';
import { renderClustersJson, renderClustersMarkdown, type ClusterRow } from '../../render/clusters.ts';
import type { CliIO } from '../io.ts';
import { chooseFormat, openOutput } from '../output.ts';
import { createProgress } from '../progress.ts';
import { UsageError, type CommonFlags } from './common.ts';
import { readAllArticles } from './read.ts';

/** `newsdesk cluster PATH...`: read, dedupe and cluster only; which story each article went to. */
export async function runCluster(paths: readonly string[], flags: CommonFlags, io: CliIO): Promise<number> {
  const format = chooseFormat(flags.format, io, flags.out);
  if (format !== 'json' && format !== 'md') throw new UsageError('cluster prints json or md');
  const options = resolveOptions({ nlp: { referenceDate: flags.date ?? null } });
  const quiet = flags.quiet === true;
  const progress = createProgress(io, quiet);
  const articles = await readAllArticles({ paths, options, io, quiet, progress });
  const stories = groupStories(articles, options);
  const storyOf = new Map<string, { story: string; duplicateOf: string | null }>();
  for (const story of stories) {
    for (const a of story.articles) storyOf.set(a.id, { story: story.id, duplicateOf: story.duplicateOf[a.id] ?? null });
  }
  const rows: ClusterRow[] = [];
  const seen = new Set<string>();
  for (const a of articles) {
    const placed = storyOf.get(a.id);
    if (!placed || seen.has(a.id)) continue;
    seen.add(a.id);
    rows.push({ id: a.id, path: a.path, title: a.title, source: a.source, ...placed });
  }
  const output = openOutput(io, flags.out);
  try {
    output.write(format === 'json' ? renderClustersJson(rows) : renderClustersMarkdown(rows));
  } finally {
    output.close();
  }
  progress.done(`${rows.length} articles in ${stories.length} stor${stories.length === 1 ? 'y' : 'ies'}`);
  return articles.length > 0 ? 0 : 1;
}
