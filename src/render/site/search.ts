/**
 * The search results page (`/?q=`): hits grouped by story, each story's headline linking to it
 * and each hit's snippet (matches marked) linking to the article or fact in the story's page.
 */
import type { SearchHit, StoryRow } from '../../store/index.ts';
import { anchor, escapeHtml } from '../brief-html.ts';
import { hrefSegment, renderPage } from './layout.ts';

export interface SearchPage {
  readonly query: string;
  readonly hits: readonly SearchHit[];
  /** The rows of the stories the hits belong to. */
  readonly stories: readonly StoryRow[];
  /** Article id → its title, for naming article hits. */
  readonly titles: ReadonlyMap<string, string | null>;
}

const MARKED = /\[([^[\]]*)\]/g;

/** A store snippet (matches between `[` and `]`) as escaped HTML with `<mark>` around the matches. */
export function snippetHtml(snippet: string): string {
  let html = '';
  let last = 0;
  for (const match of snippet.matchAll(MARKED)) {
    html += `${escapeHtml(snippet.slice(last, match.index))}<mark>${escapeHtml(match[1] ?? '')}</mark>`;
    last = match.index + match[0].length;
  }
  return html + escapeHtml(snippet.slice(last));
}

function hitHtml(hit: SearchHit, page: SearchPage): string {
  const what = hit.kind === 'fact' ? 'fact' : escapeHtml(page.titles.get(hit.article ?? '') ?? 'article');
  const target = hit.kind === 'fact' ? anchor('fact', hit.fact ?? '') : anchor('article', hit.article ?? '');
  const label = hit.story === null ? `<span class="label">${what}</span>` : `<a class="label" href="/stories/${hrefSegment(hit.story)}#${target}">${what}</a>`;
  return `<div class="hit" data-testid="search-hit" data-kind="${hit.kind}">${label}: ${snippetHtml(hit.snippet)}</div>`;
}

export function renderSearch(page: SearchPage): string {
  const rows = new Map(page.stories.map((s) => [s.id, s]));
  const groups = new Map<string | null, SearchHit[]>();
  for (const hit of page.hits) {
    const key = hit.story !== null && rows.has(hit.story) ? hit.story : null;
    groups.set(key, [...(groups.get(key) ?? []), hit]);
  }
  const items = [...groups].map(([story, hits]) => {
    const row = story === null ? undefined : rows.get(story);
    const head =
      row === undefined
        ? '<span class="headline">Not yet in a story</span>'
        : `<a class="headline" data-testid="search-story" href="/stories/${hrefSegment(row.id)}">${escapeHtml(row.headline)}</a> <span class="meta">${row.articles} articles</span>`;
    return `<li data-testid="search-result">${head}${hits.map((h) => hitHtml(h, page)).join('')}</li>`;
  });
  const heading = `<h1 class="page">Search: ${escapeHtml(page.query)}</h1>`;
  const body =
    page.hits.length === 0
      ? `${heading}<p class="empty" data-testid="search-empty">Nothing matches every word of the query.</p>`
      : `${heading}<p class="meta">${page.hits.length} matching passages</p><ol class="hits" data-testid="search-results">${items.join('')}</ol>`;
  return renderPage({ title: `newsdesk · search: ${page.query}`, body, query: page.query });
}
