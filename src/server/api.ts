/**
 * The JSON API, mirroring the pages (described in openapi/newsdesk.json):
 * `GET /api/stories` (`stories@1` rows with outlets, `limit`/`offset`), `GET /api/stories/:id` (a
 * Brief, as in shared/spec/brief.md), `GET /api/search?q=`, `GET /api/entities/:id` and
 * `POST /api/articles` (ingest; one write at a time).
 */
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Store } from '../store/index.ts';
import { apiError, BadRequestError } from './errors.ts';
import { ACCEPTED_MEDIA_TYPES, bodyKind, type IngestRunner } from './ingest.ts';
import { intParam, searchParam } from './query.ts';
import { readEntity, readSearch, readStories } from './reads.ts';
import type { WriteQueue } from './write-queue.ts';
import { answerStory, type StoryResponses } from './story-responses.ts';
import type { Brief } from '../types.ts';

export const STORIES_SCHEMA = 'newsdesk/stories@1';

export interface ApiDeps {
  readonly store: Store;
  readonly writes: WriteQueue;
  readonly ingest: IngestRunner;
  readonly maxBodyBytes: number;
  readonly searchLimit: number;
  /** Briefs as JSON, serialised once per version. */
  readonly stories: StoryResponses;
}

const BRIEF_JSON = { variant: 'json', contentType: 'application/json', render: (brief: Brief) => JSON.stringify(brief) } as const;

const MAX_LIST = 1000;
const DEFAULT_LIST = 50;
const MAX_SEARCH = 100;

function sameOrigin(origin: string, requestUrl: string): boolean {
  try {
    return new URL(origin).origin === new URL(requestUrl).origin;
  } catch {
    return false;
  }
}

export function registerApi(app: Hono, deps: ApiDeps): void {
  const { store } = deps;
  app.get('/api/stories', async (c) => {
    const limit = intParam(c.req.query('limit'), 'limit', { min: 1, max: MAX_LIST, fallback: DEFAULT_LIST });
    const offset = intParam(c.req.query('offset'), 'offset', { min: 0, max: 1_000_000_000, fallback: 0 });
    const read = await readStories(store, { limit, offset });
    return c.json({ schema: STORIES_SCHEMA, stories: read.stories, total: read.total, limit, offset });
  });
  app.get('/api/stories/:id', async (c) => {
    const id = c.req.param('id');
    const answer = await answerStory(c, deps.stories, id, BRIEF_JSON);
    return answer ?? apiError(c, 404, 'not-found', `no story ${id} in the store`);
  });
  app.get('/api/search', async (c) => {
    const query = searchParam(c.req.query('q'));
    if (query === null) throw new BadRequestError('q (the words to search for) is required');
    const limit = intParam(c.req.query('limit'), 'limit', { min: 1, max: MAX_SEARCH, fallback: deps.searchLimit });
    const view = await readSearch(store, query, limit);
    return c.json({ query, hits: view.hits, stories: view.stories });
  });
  app.get('/api/entities/:id', async (c) => {
    const view = await readEntity(store, c.req.param('id'));
    return view === null ? apiError(c, 404, 'not-found', `no stored story names the entity ${c.req.param('id')}`) : c.json(view);
  });
  app.post(
    '/api/articles',
    async (c, next) => {
      // A page on another site may not write here through the user's browser (a form or fetch
      // posting text/plain needs no CORS preflight); browsers name the page's origin.
      const origin = c.req.header('origin');
      if (origin === undefined || sameOrigin(origin, c.req.url)) return next();
      return apiError(c, 403, 'forbidden-origin', `a page from ${origin} may not add articles to this server`);
    },
    async (c, next) => {
      if (bodyKind(c.req.header('content-type')) !== null) return next();
      const given = c.req.header('content-type') ?? 'none';
      return apiError(c, 415, 'unsupported-media-type', `Content-Type ${given} is not accepted; send one of ${ACCEPTED_MEDIA_TYPES.join(', ')}`);
    },
    bodyLimit({
      maxSize: deps.maxBodyBytes,
      onError: (c) => apiError(c, 413, 'body-too-large', `the body is over the limit of ${deps.maxBodyBytes} bytes; send fewer articles per request`),
    }),
    async (c) => {
      const kind = bodyKind(c.req.header('content-type'));
      const body = new Uint8Array(await c.req.arrayBuffer());
      if (kind === null) throw new Error('media type checked before');
      const report = await deps.writes.run(() => deps.ingest(kind, body));
      return c.json(report, report.added > 0 ? 201 : 200);
    },
  );
}
