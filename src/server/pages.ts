/**
 * The HTML pages: `/` (story list, or search results with `?q=`), `/stories/:id`, `/entities/:id`
 * and the style sheet under `/static/`. Pages render from stored briefs and rows only.
 */
import type { Hono } from 'hono';
import type { Store } from '../store/index.ts';
import { renderEntityPage, renderNotFound, renderSearch, renderStoryList, renderStoryPage } from '../render/site/index.ts';
import { intParam, searchParam } from './query.ts';
import { readEntity, readSearch, readStories } from './reads.ts';
import { findAsset } from './static.ts';
import { acceptsGzip, type PageCache } from './page-cache.ts';

export interface PageDeps {
  readonly store: Store;
  readonly pageSize: number;
  readonly searchLimit: number;
  /** Rendered story pages, by story id and `updatedAt`. */
  readonly storyPages: PageCache;
  /** Changes with every app instance, so a browser's copy from an older renderer is not reused. */
  readonly instance: string;
}

/** Highest page number accepted (far beyond any store; keeps OFFSET small). */
const MAX_PAGE = 100_000;

export function registerPages(app: Hono, deps: PageDeps): void {
  const { store } = deps;
  app.get('/', async (c) => {
    const query = searchParam(c.req.query('q'));
    if (query !== null) return c.html(renderSearch(await readSearch(store, query, deps.searchLimit)));
    const page = intParam(c.req.query('page'), 'page', { min: 1, max: MAX_PAGE, fallback: 1 });
    const read = await readStories(store, { limit: deps.pageSize, offset: (page - 1) * deps.pageSize });
    return c.html(renderStoryList({ ...read, page, pageSize: deps.pageSize }));
  });
  app.get('/stories/:id', async (c) => {
    const id = c.req.param('id');
    const allFacts = c.req.query('facts') === 'all';
    const notFound = (): Response => c.html(renderNotFound(`There is no story ${id} in the store.`), 404);
    // The row (one indexed read) says which version of the brief is current; the page is rendered
    // once per version, and a browser holding that version gets a 304.
    const [row] = await store.storyRows([id]);
    if (row === undefined) return notFound();
    const etag = `W/"${deps.instance}-${allFacts ? 'all-' : ''}${row.updatedAt}"`;
    const headers: Record<string, string> = { ETag: etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
    const key = allFacts ? `${id}?facts=all` : id;
    let page = deps.storyPages.get(key, row.updatedAt);
    if (page === undefined) {
      const brief = await store.getBrief(id);
      if (brief === null) return notFound();
      page = deps.storyPages.set(key, row.updatedAt, renderStoryPage(brief, { allFacts }));
    }
    headers['Content-Type'] = 'text/html; charset=UTF-8';
    if (!acceptsGzip(c.req.header('accept-encoding'))) return c.body(page.html, 200, headers);
    headers['Content-Encoding'] = 'gzip';
    return c.body(page.gzip, 200, headers);
  });
  app.get('/entities/:id', async (c) => {
    const id = c.req.param('id');
    const view = await readEntity(store, id);
    return view === null ? c.html(renderNotFound(`No stored story names the entity ${id}.`), 404) : c.html(renderEntityPage(view));
  });
  app.get('/static/:name', (c) => {
    const asset = findAsset(c.req.param('name'));
    if (asset === null) return c.html(renderNotFound('There is no such file.'), 404);
    return c.body(asset.body, 200, { 'Content-Type': asset.contentType, 'Cache-Control': 'public, max-age=3600' });
  });
}
