/** The page for an unknown story, entity or path. */
import { escapeHtml } from '../brief-html.ts';
import { renderPage } from './layout.ts';

export function renderNotFound(what: string): string {
  return renderPage({
    title: 'newsdesk · not found',
    body: `<h1 class="page" data-testid="not-found">Not found</h1><p>${escapeHtml(what)}</p><p><a href="/">All stories</a></p>`,
  });
}
