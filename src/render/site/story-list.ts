/**
 * The home page: stored stories, largest first, one row each (headline linking to the story, event
 * date, outlets, article and source counts, corroborated and disputed facts), with pagination.
 */
import type { StoryRow } from '../../store/index.ts';
import { escapeHtml } from '../brief-html.ts';
import { hrefSegment, renderPage } from './layout.ts';

/** A `stories@1` row with the outlets of its articles. */
export interface ListedStory extends StoryRow {
  readonly outlets: readonly string[];
}

export interface StoryListPage {
  readonly stories: readonly ListedStory[];
  /** 1-based page number. */
  readonly page: number;
  readonly pageSize: number;
  /** Stories in the store. */
  readonly total: number;
}

/** Outlets shown on a row before "and N more". */
const SHOWN_OUTLETS = 6;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function outletsHtml(outlets: readonly string[]): string {
  if (outlets.length === 0) return '<span class="outlets empty">outlets unknown</span>';
  const shown = outlets.slice(0, SHOWN_OUTLETS).map(escapeHtml).join(', ');
  const more = outlets.length > SHOWN_OUTLETS ? ` and ${outlets.length - SHOWN_OUTLETS} more` : '';
  return `<span class="outlets" data-testid="story-outlets">${shown}${more}</span>`;
}

export function storyRowHtml(story: ListedStory): string {
  const date = story.eventDate === null ? 'undated' : escapeHtml(story.eventDate.value);
  return `<li class="story-row" data-testid="story-row" data-story-id="${escapeHtml(story.id)}"><a class="headline" data-testid="story-link" href="/stories/${hrefSegment(story.id)}">${escapeHtml(story.headline)}</a>
<div class="counts"><span class="date" data-testid="story-date">${date}</span><span data-testid="story-articles">${plural(story.articles, 'article', 'articles')}</span><span data-testid="story-sources">${plural(story.sources, 'source', 'sources')}</span><span class="corroborated" data-testid="story-corroborated">${story.corroborated} corroborated</span><span class="disputed" data-testid="story-disputed">${story.disputed} disputed</span></div>
${outletsHtml(story.outlets)}</li>`;
}

function pagesHtml(list: StoryListPage): string {
  const last = Math.max(1, Math.ceil(list.total / list.pageSize));
  const previous = list.page > 1 ? `<a rel="prev" data-testid="page-prev" href="/?page=${list.page - 1}">← newer pages</a>` : '';
  const next = list.page < last ? `<a rel="next" data-testid="page-next" href="/?page=${list.page + 1}">more stories →</a>` : '';
  return `<nav class="pages" aria-label="pages">${previous}<span class="meta">page ${list.page} of ${last}</span>${next}</nav>`;
}

export function renderStoryList(list: StoryListPage): string {
  const rows = list.stories.map(storyRowHtml).join('\n');
  const body =
    list.total === 0
      ? '<h1 class="page">No stories yet</h1><p class="empty">Add articles with <code>newsdesk ingest PATH...</code> or <code>POST /api/articles</code>.</p>'
      : `<h1 class="page">Stories</h1><p class="meta">${plural(list.total, 'story', 'stories')}, largest first</p>
<ol class="stories" data-testid="story-list">${rows}</ol>${pagesHtml(list)}`;
  return renderPage({ title: 'newsdesk · stories', body });
}
