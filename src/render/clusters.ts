/** Renders `newsdesk cluster` output: JSON (`newsdesk/clusters@1`) or Markdown. */
import { markdownEscape } from './markdown.ts';

export const CLUSTERS_SCHEMA = 'newsdesk/clusters@1';

export interface ClusterRow {
  readonly id: string;
  readonly path: string | null;
  readonly title: string | null;
  readonly source: string | null;
  readonly story: string;
  readonly duplicateOf: string | null;
}

export function renderClustersJson(rows: readonly ClusterRow[]): string {
  const articles = rows.map((r) => ({ id: r.id, path: r.path, story: r.story, duplicateOf: r.duplicateOf }));
  return `${JSON.stringify({ schema: CLUSTERS_SCHEMA, articles }, null, 2)}\n`;
}

export function renderClustersMarkdown(rows: readonly ClusterRow[]): string {
  const byStory = new Map<string, ClusterRow[]>();
  for (const row of rows) byStory.set(row.story, [...(byStory.get(row.story) ?? []), row]);
  const sections = [...byStory].map(([story, members]) => {
    const lines = members.map((r) => {
      const label = markdownEscape(r.title ?? r.path ?? r.id);
      const where = [r.source, r.title ? r.path : null].filter(Boolean).map((s) => markdownEscape(String(s))).join(', ');
      const dup = r.duplicateOf ? ` — duplicate of ${r.duplicateOf}` : '';
      return `- ${label}${where ? ` (${where})` : ''}${dup}`;
    });
    return `## Story ${story} (${members.length})\n\n${lines.join('\n')}\n`;
  });
  return `# Stories (${byStory.size})\n\n${sections.join('\n')}`;
}
