/**
 * `createApp(store, options)`: the web app and JSON API as a Hono app over the `Store` interface.
 * Pure routing: tests call `app.request(...)` in memory; `serve` (serve.ts) puts it on a socket.
 *
 * Every response carries a strict Content-Security-Policy (the pages have no script and one style
 * sheet from this origin), `X-Content-Type-Options: nosniff` and a `Referrer-Policy`. API errors
 * are JSON (`{ "error": { "code", "message" } }`): 400 bad query or body, 404 unknown, 405 wrong
 * method, 413 body too large, 415 wrong content type, 409 another writer changed the store;
 * 500 only for faults. Page errors are HTML pages with the same statuses.
 */
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { resolveOptions, type Options } from '../options.ts';
import { createPipelineContext, type PipelineContext } from '../pipeline.ts';
import { StoreConflictError, type Store } from '../store/index.ts';
import { renderNotFound, renderPage } from '../render/site/index.ts';
import { escapeHtml } from '../render/brief-html.ts';
import { registerApi } from './api.ts';
import { apiError, BadRequestError } from './errors.ts';
import { registerPages } from './pages.ts';
import { createWriteQueue, type WriteQueue } from './write-queue.ts';
import { createPageCache } from './page-cache.ts';
import type { StoryResponses } from './story-responses.ts';
import { inProcessIngest, type IngestRunner } from './ingest.ts';

export interface AppOptions {
  /** Largest POST body accepted, in bytes (default 8 MiB). */
  readonly maxBodyBytes?: number;
  /** Stories per page of the list (default 25). */
  readonly pageSize?: number;
  /** Bytes of rendered story pages and brief JSON kept in memory (default 64 MB). */
  readonly pageCacheBytes?: number;
  /** Search hits shown (default 30). */
  readonly searchLimit?: number;
  /** Pipeline options for ingested articles (default: the defaults). */
  readonly options?: Options;
  /** The language model and per-outlet memory for ingest; created on the first POST when not given. */
  readonly pipeline?: PipelineContext;
  /** Runs ingest requests elsewhere (e.g. `threadIngest`); default: on this thread, into `store`. */
  readonly ingest?: IngestRunner;
  /** The queue that serialises writes (give one to wait for pending writes on close). */
  readonly writes?: WriteQueue;
  /** Clock for the stories' `updatedAt` (tests pin it). */
  readonly now?: () => Date;
  /**
   * Host names requests may address (the Host header); others get a 403. `serve` sets the loopback
   * names when it binds a loopback address, so a site rebinding its own name to 127.0.0.1 cannot
   * reach the store through the user's browser. Default: any host.
   */
  readonly allowedHosts?: readonly string[];
  /** Where faults (5xx) are reported (default: standard error). */
  readonly onFault?: (error: unknown, request: { readonly method: string; readonly path: string }) => void;
}

function reportToStderr(error: unknown, request: { readonly method: string; readonly path: string }): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`newsdesk serve: ${request.method} ${request.path} failed: ${detail}\n`);
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Every route the app serves (method, Hono path); the OpenAPI file describes exactly these. */
export const ROUTES: readonly { readonly method: 'GET' | 'POST'; readonly path: string }[] = [
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/stories/:id' },
  { method: 'GET', path: '/entities/:id' },
  { method: 'GET', path: '/static/:name' },
  { method: 'GET', path: '/api/stories' },
  { method: 'GET', path: '/api/stories/:id' },
  { method: 'GET', path: '/api/search' },
  { method: 'GET', path: '/api/entities/:id' },
  { method: 'POST', path: '/api/articles' },
];

const isApi = (c: Context): boolean => c.req.path === '/api' || c.req.path.startsWith('/api/');

function errorPage(c: Context, status: 400 | 403 | 404 | 405 | 500, title: string, message: string): Response {
  const body = `<h1 class="page" data-testid="error">${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="/">All stories</a></p>`;
  return c.html(renderPage({ title: `newsdesk · ${title}`, body }), status);
}

export function createApp(store: Store, options: AppOptions = {}): Hono {
  const app = new Hono();
  const searchLimit = options.searchLimit ?? 30;
  let pipeline = options.pipeline ?? null;
  const ingest =
    options.ingest ??
    inProcessIngest({
      store,
      options: options.options ?? resolveOptions(),
      pipeline: (): PipelineContext => (pipeline ??= createPipelineContext()),
      now: options.now,
    });
  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });
  const allowedHosts = options.allowedHosts === undefined ? null : new Set(options.allowedHosts.map((h) => h.toLowerCase()));
  if (allowedHosts !== null) {
    app.use('*', async (c, next) => {
      const host = new URL(c.req.url).hostname.toLowerCase();
      if (allowedHosts.has(host)) return next();
      const message = `this server answers requests for ${[...allowedHosts].join(', ')}, not ${host}`;
      return isApi(c) ? apiError(c, 403, 'forbidden-host', message) : errorPage(c, 403, 'Forbidden', message);
    });
  }
  const stories: StoryResponses = { store, cache: createPageCache(options.pageCacheBytes ?? 64_000_000), instance: Date.now().toString(36) };
  registerPages(app, { store, pageSize: options.pageSize ?? 25, searchLimit, stories });
  registerApi(app, {
    store,
    stories,
    writes: options.writes ?? createWriteQueue(),
    ingest,
    maxBodyBytes: options.maxBodyBytes ?? 8 * 1024 * 1024,
    searchLimit,
  });
  for (const path of new Set(ROUTES.map((r) => r.path))) {
    const allowed = ROUTES.filter((r) => r.path === path).map((r) => r.method);
    const allow = [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : [])].join(', ');
    app.all(path, (c) => {
      c.header('Allow', allow);
      const message = `${c.req.method} is not allowed on ${c.req.path}; use ${allow}`;
      return isApi(c) ? apiError(c, 405, 'method-not-allowed', message) : errorPage(c, 405, 'Method not allowed', message);
    });
  }
  app.notFound((c) =>
    isApi(c) ? apiError(c, 404, 'not-found', `no such API route: ${c.req.method} ${c.req.path}`) : c.html(renderNotFound('There is no such page.'), 404),
  );
  app.onError((err, c) => {
    if (err instanceof BadRequestError) {
      return isApi(c) ? apiError(c, 400, err.code, err.message, err.details) : errorPage(c, 400, 'Bad request', err.message);
    }
    if (err instanceof StoreConflictError) return apiError(c, 409, 'store-conflict', `another process wrote to the store meanwhile; send the request again (${err.message})`);
    if (err instanceof HTTPException && err.status < 500) {
      return isApi(c) ? apiError(c, 400, 'bad-request', err.message) : errorPage(c, 400, 'Bad request', err.message);
    }
    (options.onFault ?? reportToStderr)(err, { method: c.req.method, path: c.req.path });
    return isApi(c) ? apiError(c, 500, 'internal', 'the server failed to answer; see its log') : errorPage(c, 500, 'Server error', 'The server failed to answer.');
  });
  return app;
}
