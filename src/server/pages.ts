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
import { answerStory, type StoryResponses } from './story-responses.ts';
import type { Brief } from '../types.ts';

const HTML = 'text/html; charset=UTF-8';

export interface PageDeps {
  readonly store: Store;
  readonly pageSize: number;
  readonly searchLimit: number;
  /** Story pages, rendered once per version of the brief. */
  readonly stories: StoryResponses;
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
    const rendering = { variant: allFacts ? 'page-all' : 'page', contentType: HTML, render: (brief: Brief) => renderStoryPage(brief, { allFacts }) };
    return (await answerStory(c, deps.stories, id, rendering)) ?? c.html(renderNotFound(`There is no story ${id} in the store.`), 404);
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
