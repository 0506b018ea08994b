/** Renders briefs as Markdown: headline, summary with citations, facts, conflicts, quotes, timeline, coverage. */
import type { Brief, BriefArticle } from '../types.ts';
import { markdownEscape } from './markdown.ts';

/** Short label of an article: its outlet, else its file name, with the first characters of its id. */
export function shortLabel(article: BriefArticle | undefined, id: string): string {
  const name = article?.source ?? article?.path?.split(/[\\/]/).filter((p) => p.length > 0).at(-1) ?? null;
  return name === null ? id.slice(0, 8) : `${name} ${id.slice(0, 6)}`;
}

function articleLabel(article: BriefArticle | undefined, id: string): string {
  return markdownEscape(shortLabel(article, id));
}

/** One line per article: label, date, then title or path, each once. */
function articleLine(a: BriefArticle): string {
  const parts = [articleLabel(a, a.id), a.publishedAt?.slice(0, 10) ?? 'undated'];
  const name = a.title ?? a.path;
  if (name !== null && name !== a.source) parts.push(markdownEscape(name));
  return `- ${parts.join(' · ')}${a.duplicateOf ? ' (copy)' : ''}`;
}

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : [`### ${title}`, '', ...lines, ''];
}

export function renderBriefMarkdown(brief: Brief): string {
  const byId = new Map(brief.articles.map((a) => [a.id, a]));
  const cite = (ids: readonly string[]): string => ids.map((id) => `[${articleLabel(byId.get(id), id)}]`).join(' ');
  const factNumber = new Map(brief.facts.map((f, i) => [f.id, i + 1]));
  const lines = [`## ${markdownEscape(brief.headline)}`, ''];
  if (brief.eventDate) lines.push(`Event date: ${brief.eventDate.value} (${brief.eventDate.precision})`, '');
  lines.push(
    ...section(
      'Summary',
      brief.summary.map((s) => `- ${markdownEscape(s.text)} (facts ${s.facts.map((f) => factNumber.get(f) ?? '?').join(', ')}; ${cite(s.articles)})`),
    ),
  );
  lines.push(
    ...section(
      'Facts',
      brief.facts.flatMap((f, i) => [
        `${i + 1}. **${f.status}** ${markdownEscape(f.text)} (${f.articles.length} source${f.articles.length === 1 ? '' : 's'})`,
        ...f.evidence.map((e) => `   - ${cite([e.article])}: ${markdownEscape(e.sentence)}`),
      ]),
    ),
  );
  lines.push(
    ...section(
      'Conflicts',
      brief.conflicts.flatMap((c) => [
        `- **${c.kind}**${c.evolving ? ' (evolving)' : ''}: ${markdownEscape(c.about)}`,
        ...c.positions.map((p) => `  - “${markdownEscape(p.value)}”: ${cite(p.articles)}`),
      ]),
    ),
  );
  lines.push(
    ...section(
      'Quotes',
      brief.quotes.map((q) => {
        const who = q.speaker ? `**${markdownEscape(q.speaker.name)}**` : '(unattributed)';
        const variants = q.variants.map((v) => `; also “${markdownEscape(v.text)}” ${cite(v.articles)}`).join('');
        return `- ${who}: “${markdownEscape(q.text)}” ${cite(q.articles)}${variants}`;
      }),
    ),
  );
  lines.push(...section('Timeline', brief.timeline.map((t) => `- ${t.date}: ${markdownEscape(t.text)} ${cite(t.articles)}`)));
  lines.push(
    ...section(
      'Coverage',
      brief.coverage.map((c) => `- ${cite([c.article])}: ${c.facts} facts, ${c.unique.length} only here, ${c.missing.length} missing`),
    ),
  );
  lines.push(...section('Articles', brief.articles.map(articleLine)));
  return `${lines.join('\n')}\n`;
}

export function renderBriefsMarkdown(briefs: readonly Brief[]): string {
  return `# Stories (${briefs.length})\n\n${briefs.map(renderBriefMarkdown).join('\n---\n\n')}`;
}
