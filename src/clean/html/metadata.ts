/**
 * Page metadata: title, publication date, outlet, canonical URL, language and byline, each from
 * its own module. Reads the page before Readability changes it.
 *
 * Rules emitted (source `clean`, severity warning):
 * - `date-from-url`: the only publication date found was the one in the URL.
 * - `date-from-modified`: the only date found was the page's modification date.
 */
import type { Diagnostic } from '../../types.ts';
import { warning } from '../../diagnostics.ts';
import type { DomDocument } from './_dom.ts';
import { readPageHead } from './_meta.ts';
import { findByline } from './meta-byline.ts';
import { findPublished } from './meta-date.ts';
import { findLanguage } from './meta-language.ts';
import { findSource } from './meta-source.ts';
import { findTitle } from './meta-title.ts';
import { findUrl } from './meta-url.ts';

export interface PageMetadata {
  readonly title: string | null;
  readonly publishedAt: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly language: string | null;
  /** The byline from structured data and meta (Readability's own is merged later). */
  readonly byline: string | null;
  readonly diagnostics: readonly Diagnostic[];
}

function dateDiagnostics(from: string | null, value: string | null): Diagnostic[] {
  if (from === 'url') {
    return [warning('clean', { rule: 'date-from-url', message: 'The publication date was taken from the URL.', data: { value } })];
  }
  if (from === 'modified') {
    return [warning('clean', { rule: 'date-from-modified', message: 'Only a modification date was found; it stands for the publication date.', data: { value } })];
  }
  return [];
}

/** Reads the metadata of a parsed page. `notAfter` (`YYYY-MM-DD`) bounds the publication date. */
export function readMetadata(doc: DomDocument, pageUrl: string | null, notAfter: string): PageMetadata {
  const page = readPageHead(doc);
  const url = findUrl(page, pageUrl);
  const source = findSource(page, url);
  const published = findPublished(page, url, notAfter);
  return {
    title: findTitle(page, source),
    publishedAt: published?.value ?? null,
    source,
    url,
    language: findLanguage(page),
    byline: findByline(page, null, source),
    diagnostics: dateDiagnostics(published?.from ?? null, published?.value ?? null),
  };
}
