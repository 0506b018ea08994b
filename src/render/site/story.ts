/**
 * A story's page, rendered from its stored brief alone (no re-analysis, no article reads): the
 * headline, the summary whose citations jump to the evidence sentence each article gives (`#ev-…`
 * items in the fact list, highlighted by `:target`), conflicts side by side, facts with status
 * badges, quotes with their variants, timeline, coverage matrix, the entities (linking to their
 * pages) and the articles, each with its removed boilerplate behind a `<details>` toggle.
 * The brief's sections come from the one-page brief renderer (render/brief-html.ts).
 */
import type { Brief, BriefArticle, BriefEntity } from '../../types.ts';
import {
  anchor,
  briefView,
  conflictsHtml,
  escapeHtml,
  factsHtml,
  matrixHtml,
  quotesHtml,
  summaryHtml,
  timelineHtml,
  type View,
} from '../brief-html.ts';
import { shortLabel } from '../brief-md.ts';
import { hrefSegment, renderPage } from './layout.ts';

const ENTITY_ORDER: Readonly<Record<BriefEntity['type'], number>> = { person: 0, organization: 1, place: 2, other: 3 };

function entitiesHtml(brief: Brief): string {
  if (brief.entities.length === 0) return '';
  const sorted = [...brief.entities].sort((a, b) => ENTITY_ORDER[a.type] - ENTITY_ORDER[b.type] || b.mentions - a.mentions);
  const items = sorted.map(
    (e) =>
      `<li><a data-testid="entity-link" href="/entities/${hrefSegment(e.id)}">${escapeHtml(e.name)}</a> <span class="entity-type">${escapeHtml(e.type)} · ${e.mentions}</span></li>`,
  );
  return `<h3>Entities</h3><ul class="entities" data-testid="entities">${items.join('')}</ul>`;
}

function removedHtml(article: BriefArticle): string {
  if (article.removed.length === 0) return '<div class="meta">no boilerplate removed</div>';
  const items = article.removed.map((r) => `<li><span class="reason">${escapeHtml(r.reason)}</span>${escapeHtml(r.text)}</li>`);
  return `<details class="removed" data-testid="removed-toggle"><summary>removed boilerplate (${article.removed.length})</summary><ul data-testid="removed-list">${items.join('')}</ul></details>`;
}

function articleHtml(view: View, article: BriefArticle): string {
  const copyOf = article.duplicateOf === null ? null : `copy of ${shortLabel(view.articles.get(article.duplicateOf), article.duplicateOf)}`;
  const meta = [article.source, article.publishedAt?.slice(0, 10) ?? 'undated', article.dateline, `${article.words} words`, copyOf];
  const title = escapeHtml(article.title ?? article.path ?? article.id);
  const url = article.url === null ? '' : `<div class="meta">${escapeHtml(article.url)}</div>`;
  const headings = article.headings.length === 0 ? '' : `<div class="meta">sub-headings: ${article.headings.map(escapeHtml).join(' · ')}</div>`;
  const label = escapeHtml(shortLabel(article, article.id));
  return `<li id="${anchor('article', article.id)}" data-testid="article"><span class="label">${label}</span> · ${title} <span class="meta">${meta
    .filter((m): m is string => m !== null)
    .map(escapeHtml)
    .join(' · ')}</span>${url}${headings}${removedHtml(article)}</li>`;
}

function articlesHtml(view: View): string {
  return `<h3>Articles</h3><ol class="articles" data-testid="articles">${view.brief.articles.map((a) => articleHtml(view, a)).join('')}</ol>`;
}

export function renderStoryPage(brief: Brief): string {
  const view = briefView(brief);
  const date = brief.eventDate === null ? 'undated' : escapeHtml(brief.eventDate.value);
  const counts = `${brief.articles.length} articles · ${brief.facts.length} facts · ${brief.conflicts.length} conflicts`;
  const body = [
    `<article class="story" id="${anchor('story', brief.id)}" data-testid="story" data-story-id="${escapeHtml(brief.id)}">`,
    `<h1 class="page" data-testid="story-headline">${escapeHtml(brief.headline)}</h1>`,
    `<p class="meta">${date} · ${counts}</p>`,
    summaryHtml(view),
    conflictsHtml(view),
    factsHtml(view),
    quotesHtml(view),
    timelineHtml(view),
    matrixHtml(view),
    entitiesHtml(brief),
    articlesHtml(view),
    '</article>',
  ].join('\n');
  return renderPage({ title: brief.headline, body });
}
