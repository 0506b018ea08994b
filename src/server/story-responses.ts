/**
 * Answers for one story (its page, its brief as JSON) rendered once per version of the stored
 * brief: the story's row (one indexed read) gives the current `updatedAt`; the rendering is kept
 * in the page cache under it, served gzipped when the client accepts it, and a client already
 * holding that version (If-None-Match) gets a 304.
 */
import type { Context } from 'hono';
import type { Store } from '../store/index.ts';
import type { Brief } from '../types.ts';
import { acceptsGzip, type PageCache } from './page-cache.ts';

export interface StoryResponses {
  readonly store: Store;
  readonly cache: PageCache;
  /** Changes with every app instance, so a copy from an older renderer is not reused. */
  readonly instance: string;
}

export interface StoryRendering {
  /** Names this rendering in cache keys and ETags (e.g. `page`, `page-all`, `json`). */
  readonly variant: string;
  readonly contentType: string;
  render(brief: Brief): string;
}

/** The story's response in this rendering; null when the store has no such story. */
export async function answerStory(c: Context, responses: StoryResponses, id: string, rendering: StoryRendering): Promise<Response | null> {
  const [row] = await responses.store.storyRows([id]);
  if (row === undefined) return null;
  const etag = `W/"${responses.instance}-${rendering.variant}-${row.updatedAt}"`;
  const headers: Record<string, string> = { ETag: etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
  if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
  const key = `${rendering.variant} ${id}`;
  let cached = responses.cache.get(key, row.updatedAt);
  if (cached === undefined) {
    const brief = await responses.store.getBrief(id);
    if (brief === null) return null;
    cached = responses.cache.set(key, row.updatedAt, rendering.render(brief));
  }
  headers['Content-Type'] = rendering.contentType;
  if (!acceptsGzip(c.req.header('accept-encoding'))) return c.body(cached.html, 200, headers);
  headers['Content-Encoding'] = 'gzip';
  return c.body(cached.gzip, 200, headers);
}
