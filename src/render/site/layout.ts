/**
 * The frame of every page: head (title, the one style sheet, no scripts), a header with the home
 * link and the search form, then the page's body. Callers pass HTML already escaped; the title
 * and query are escaped here.
 */
import { escapeHtml } from '../brief-html.ts';

export const STYLESHEET_PATH = '/static/site.css';
export const ICON_PATH = '/static/icon.svg';

export interface PageFrame {
  /** Plain text for `<title>`. */
  readonly title: string;
  /** The page's body HTML (already escaped). */
  readonly body: string;
  /** The search box's current words. */
  readonly query?: string;
}

export function renderPage(frame: PageFrame): string {
  const query = escapeHtml(frame.query ?? '');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(frame.title)}</title><link rel="stylesheet" href="${STYLESHEET_PATH}"><link rel="icon" href="${ICON_PATH}" type="image/svg+xml"></head>
<body><header class="site"><a class="home" href="/" data-testid="home">newsdesk</a>
<form class="search" method="get" action="/" role="search" data-testid="search-form"><input type="search" name="q" value="${query}" placeholder="Search stories, articles and facts" aria-label="Search" data-testid="search-input"><button type="submit" data-testid="search-submit">Search</button></form></header>
<main>
${frame.body}
</main></body></html>
`;
}

/** A path segment for a link (ids are hashes, but nothing is assumed about them). */
export function hrefSegment(id: string): string {
  return escapeHtml(encodeURIComponent(id));
}
