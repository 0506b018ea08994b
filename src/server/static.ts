/**
 * Static assets from a fixed in-memory map: a request names an entry or gets a 404, so no path
 * (`../`, encoded or not) can reach the file system.
 */
import { SITE_CSS } from '../render/site/index.ts';

export interface Asset {
  readonly contentType: string;
  readonly body: string;
}

/** The tab icon (browsers ask for one; without it every page load logs a 404). */
const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0a58ca"/><path d="M4 12V4h2l4 5V4h2v8h-2L6 7v5z" fill="#fff"/></svg>';

export const ASSETS: ReadonlyMap<string, Asset> = new Map([
  ['site.css', { contentType: 'text/css; charset=utf-8', body: SITE_CSS }],
  ['icon.svg', { contentType: 'image/svg+xml', body: ICON_SVG }],
]);

export function findAsset(name: string): Asset | null {
  return ASSETS.get(name) ?? null;
}
