/** Reading `<meta>`, `<link>` and JSON-LD values out of a parsed page. */
import { normaliseSpace, selectAll, type DomDocument } from './_dom.ts';

/** A parsed page with its `<meta>` values and JSON-LD objects read once, for the metadata finders. */
export interface PageHead {
  readonly doc: DomDocument;
  /** Lower-case meta name, property, itemprop or http-equiv → its first non-empty content. */
  readonly meta: ReadonlyMap<string, string>;
  readonly jsonLd: readonly JsonObject[];
}

/** Reads the `<meta>` values and JSON-LD objects of a page once. */
export function readPageHead(doc: DomDocument): PageHead {
  const meta = new Map<string, string>();
  for (const element of selectAll(doc, 'meta')) {
    const content = normaliseSpace(element.getAttribute('content') ?? '');
    if (content === '') continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      for (const key of (element.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key !== '' && !meta.has(key)) meta.set(key, content);
      }
    }
  }
  return { doc, meta, jsonLd: jsonLdObjects(doc) };
}

/** The first meta value among `keys` (in the order given). */
export function metaContent(page: PageHead, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = page.meta.get(key.toLowerCase());
    if (value !== undefined) return value;
  }
  return null;
}

/** The `href` of the first `<link rel=...>` with the given rel. */
export function linkHref(doc: DomDocument, rel: string): string | null {
  for (const link of selectAll(doc, 'link')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = normaliseSpace(link.getAttribute('href') ?? '');
    if (rels.includes(rel) && href !== '') return href;
  }
  return null;
}

export type JsonObject = { readonly [key: string]: unknown };

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every object found in the page's JSON-LD scripts, `@graph` members and arrays flattened. */
export function jsonLdObjects(doc: DomDocument): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of selectAll(doc, 'script')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    try {
      flatten(JSON.parse(script.textContent ?? '') as unknown, out, 0);
    } catch {
      // Malformed JSON-LD is common on real pages; the other metadata sources still apply.
    }
  }
  return out;
}

function flatten(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out, depth + 1);
  } else if (isObject(value)) {
    out.push(value);
    if ('@graph' in value) flatten(value['@graph'], out, depth + 1);
  }
}

/** Whether a JSON-LD object's `@type` names an article-like type (NewsArticle, BlogPosting, ...). */
export function isArticleType(object: JsonObject): boolean {
  const types = ([] as unknown[]).concat(object['@type'] ?? []);
  return types.some((t) => typeof t === 'string' && /article|posting|report|webpage/i.test(t));
}

/** A string field of an object, or the `name` of an object field (`publisher.name`). */
export function stringField(object: JsonObject, key: string): string | null {
  const value = ([] as unknown[]).concat(object[key] ?? [])[0];
  if (typeof value === 'string') return normaliseSpace(value) || null;
  if (isObject(value) && typeof value['name'] === 'string') return normaliseSpace(value['name']) || null;
  return null;
}

/** The first value of `key` over the article-like JSON-LD objects, then over all of them. */
export function jsonLdValue(objects: readonly JsonObject[], key: string): string | null {
  const ordered = [...objects.filter(isArticleType), ...objects.filter((o) => !isArticleType(o))];
  for (const object of ordered) {
    const value = stringField(object, key);
    if (value !== null) return value;
  }
  return null;
}
