/**
 * A story's page, rendered from its stored brief alone (no re-analysis, no article reads): the
 * headline, the summary whose citations jump to the evidence sentence each article gives (`#ev-…`
 * items in the fact list, highlighted by `:target`), conflicts side by side, facts with status
 * badges, quotes with their variants, timeline, coverage matrix, the entities (linking to their
 * pages) and the articles, each with its removed boilerplate behind a `<details>` toggle.
 * The brief's sections come from the one-page brief renderer (render/brief-html.ts).
 */
import type { Brief, BriefArticle, BriefEntity, BriefFact, CoverageEntry } from '../../types.ts';
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

/** The coverage matrix's cells grow as facts × articles; a big story shows this much of it. */
const MATRIX_LIMITS = { facts: 40, articles: 40 } as const;
/** Facts listed on a story's page unless all are asked for (the summary's facts always are). */
export const SHOWN_FACTS = 60;
/** Articles named after each quote before "and N more". */
const QUOTE_LINKS = 12;
const STATUS_WEIGHT: Readonly<Record<BriefFact['status'], number>> = { disputed: 2, corroborated: 1, 'single-source': 0 };

export interface StoryPageOptions {
  /** List every fact, not only the SHOWN_FACTS most reported (and those the summary cites). */
  readonly allFacts?: boolean;
}

/**
 * The facts a page lists, in brief order: every fact the summary cites, then disputed and
 * corroborated before single-source, more sources first, up to SHOWN_FACTS.
 */
function shownFacts(brief: Brief, all: boolean): readonly BriefFact[] {
  if (all || brief.facts.length <= SHOWN_FACTS) return brief.facts;
  const cited = new Set(brief.summary.flatMap((s) => s.facts));
  const ranked = brief.facts
    .map((fact, i) => ({ fact, i }))
    .sort((a, b) => Number(cited.has(b.fact.id)) - Number(cited.has(a.fact.id)) || STATUS_WEIGHT[b.fact.status] - STATUS_WEIGHT[a.fact.status] || b.fact.articles.length - a.fact.articles.length || a.i - b.i);
  const kept = new Set(ranked.slice(0, Math.max(SHOWN_FACTS, cited.size)).map((r) => r.i));
  return brief.facts.filter((_, i) => kept.has(i));
}

function factsNote(brief: Brief, shown: number, storyHref: string): string {
  if (shown === brief.facts.length) return '';
  return `<p class="meta" data-testid="facts-cut">${shown} of ${brief.facts.length} facts: those the summary cites, then the disputed and corroborated, the most reported first. <a data-testid="all-facts" href="${storyHref}?facts=all">Show all ${brief.facts.length} facts</a></p>`;
}

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
  if (article.removed.length === 0) return '';
  const items = article.removed.map((r) => `<li><span class="reason">${escapeHtml(r.reason)}</span>${escapeHtml(r.text)}</li>`);
  return `<details class="removed" data-testid="removed-toggle"><summary>removed boilerplate (${article.removed.length})</summary><ul data-testid="removed-list">${items.join('')}</ul></details>`;
}

function coverageText(entry: CoverageEntry | undefined): string | null {
  return entry === undefined ? null : `${entry.facts} facts, ${entry.unique.length} only here, ${entry.missing.length} missing`;
}

function articleHtml(view: View, article: BriefArticle, coverage: CoverageEntry | undefined): string {
  const copyOf = article.duplicateOf === null ? null : `copy of ${shortLabel(view.articles.get(article.duplicateOf), article.duplicateOf)}`;
  const meta = [article.source, article.publishedAt?.slice(0, 10) ?? 'undated', article.dateline, `${article.words} words`, copyOf, coverageText(coverage)];
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
  const coverage = new Map(view.brief.coverage.map((c) => [c.article, c]));
  const items = view.brief.articles.map((a) => articleHtml(view, a, coverage.get(a.id)));
  return `<h3>Articles</h3><ol class="articles" data-testid="articles">${items.join('')}</ol>`;
}

export function renderStoryPage(brief: Brief, options: StoryPageOptions = {}): string {
  const view = briefView(brief);
  const facts = shownFacts(brief, options.allFacts === true);
  // Fact numbers and evidence lookups stay those of the whole brief; only the lists shrink.
  const shown: View = facts === brief.facts ? view : { ...view, brief: { ...brief, facts } };
  const date = brief.eventDate === null ? 'undated' : escapeHtml(brief.eventDate.value);
  const counts = `${brief.articles.length} articles · ${brief.facts.length} facts · ${brief.conflicts.length} conflicts`;
  const body = [
    `<article class="story" id="${anchor('story', brief.id)}" data-testid="story" data-story-id="${escapeHtml(brief.id)}">`,
    `<h1 class="page" data-testid="story-headline">${escapeHtml(brief.headline)}</h1>`,
    `<p class="meta">${date} · ${counts}</p>`,
    summaryHtml(view),
    conflictsHtml(view),
    factsHtml(shown),
    factsNote(brief, facts.length, `/stories/${hrefSegment(brief.id)}`),
    quotesHtml(view, QUOTE_LINKS),
    timelineHtml(view),
    matrixHtml(shown, MATRIX_LIMITS),
    entitiesHtml(brief),
    articlesHtml(view),
    '</article>',
  ].join('\n');
  return renderPage({ title: brief.headline, body });
}
