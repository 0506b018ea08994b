/**
 * Rendered pages kept in memory, each under the version of the data it was rendered from (a
 * story's `updatedAt`): a request whose version differs renders afresh, so a re-brief by any
 * writer (this server or a `newsdesk ingest` beside it) is never served stale. A page is kept as
 * UTF-8 bytes and gzipped once, so a request costs no rendering, encoding or compression. Least
 * recently used pages are dropped past `maxBytes` in total.
 */
import { gzipSync } from 'node:zlib';

export interface RenderedPage {
  readonly html: Uint8Array<ArrayBuffer>;
  readonly gzip: Uint8Array<ArrayBuffer>;
}

export interface PageCache {
  get(key: string, version: string): RenderedPage | undefined;
  /** Encodes, compresses and keeps the page; returns it. */
  set(key: string, version: string, html: string): RenderedPage;
}

interface Entry {
  readonly version: string;
  readonly page: RenderedPage;
}

const size = (page: RenderedPage): number => page.html.byteLength + page.gzip.byteLength;

export function createPageCache(maxBytes: number): PageCache {
  const entries = new Map<string, Entry>();
  let total = 0;
  const drop = (key: string): void => {
    const entry = entries.get(key);
    if (entry === undefined) return;
    entries.delete(key);
    total -= size(entry.page);
  };
  return {
    get(key, version) {
      const entry = entries.get(key);
      if (entry === undefined || entry.version !== version) return undefined;
      entries.delete(key);
      entries.set(key, entry);
      return entry.page;
    },
    set(key, version, html) {
      const bytes = new TextEncoder().encode(html);
      const page: RenderedPage = { html: bytes, gzip: new Uint8Array(gzipSync(bytes)) };
      drop(key);
      if (size(page) > maxBytes) return page;
      entries.set(key, { version, page });
      total += size(page);
      for (const oldest of entries.keys()) {
        if (total <= maxBytes) break;
        drop(oldest);
      }
      return page;
    },
  };
}

/** True when the request's Accept-Encoding allows gzip (and does not refuse it with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const refused = params.some((p) => /^\s*q\s*=\s*0(?:\.0*)?\s*$/.test(p));
    return (coding === 'gzip' || coding === '*') && !refused;
  });
}
