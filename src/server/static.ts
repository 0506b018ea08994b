/**
 * Static assets from a fixed in-memory map: a request names an entry or gets a 404, so no path
 * (`../`, encoded or not) can reach the file system.
 */
import { SITE_CSS } from '../render/site/index.ts';

export interface Asset {
  readonly contentType: string;
  readonly body: string;
}

export const ASSETS: ReadonlyMap<string, Asset> = new Map([['site.css', { contentType: 'text/css; charset=utf-8', body: SITE_CSS }]]);

export function findAsset(name: string): Asset | null {
  return ASSETS.get(name) ?? null;
}
