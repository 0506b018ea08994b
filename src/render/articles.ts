/** Renders `newsdesk extract` output: JSON (`newsdesk/articles@1`), JSON Lines, or Markdown. */
import type { ExtractedArticle } from '../types.ts';
import { markdownEscape } from './markdown.ts';

export const ARTICLES_SCHEMA = 'newsdesk/articles@1';

export function renderArticlesJson(articles: readonly ExtractedArticle[]): string {
  return `${JSON.stringify({ schema: ARTICLES_SCHEMA, articles }, null, 2)}\n`;
}

export function renderArticleJsonLine(article: ExtractedArticle): string {
  return `${JSON.stringify(article)}\n`;
}

function metaLine(article: ExtractedArticle): string {
  const parts = [
    article.source,
    article.publishedAt,
    article.dateline ? `dateline ${article.dateline}` : null,
    `${article.words} words`,
    article.path,
  ].filter((p): p is string => p !== null && p !== '');
  return parts.map(markdownEscape).join(' · ');
}

function listSection(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : [`### ${title}`, '', ...lines.map((l) => `- ${l}`), ''];
}

export function renderArticleMarkdown(article: ExtractedArticle): string {
  const lines = [`## ${markdownEscape(article.title ?? article.path ?? article.id)}`, '', metaLine(article), ''];
  if (article.url) lines.push(`<${article.url}>`, '');
  lines.push(...article.text.split('\n\n').map((p) => `${markdownEscape(p)}\n`));
  lines.push(...listSection('Sub-headings', article.headings.map(markdownEscape)));
  lines.push(
    ...listSection(
      'Entities',
      article.entities.map((e) => `${markdownEscape(e.name)} (${e.type}, ${e.mentions}×)${aliasNote(e.aliases)}`),
    ),
  );
  lines.push(
    ...listSection(
      'Quotes',
      article.quotes.map((q) => `${q.speaker ? `**${markdownEscape(q.speaker.name)}**: ` : '(unattributed) '}“${markdownEscape(q.text)}”${q.kind === 'partial' ? ' (partial)' : ''}`),
    ),
  );
  lines.push(...listSection('Dates', article.dates.map((d) => `${markdownEscape(d.text)} → ${d.value ?? 'unresolved'} (${d.precision})`)));
  lines.push(...listSection('Removed', article.removed.map((r) => `${r.reason}: ${markdownEscape(r.text)}`)));
  return `${lines.join('\n')}\n`;
}

function aliasNote(aliases: readonly string[]): string {
  return aliases.length > 0 ? `, also ${aliases.map(markdownEscape).join(', ')}` : '';
}

export function renderArticlesMarkdown(articles: readonly ExtractedArticle[]): string {
  return `# Articles (${articles.length})\n\n${articles.map(renderArticleMarkdown).join('\n---\n\n')}`;
}
