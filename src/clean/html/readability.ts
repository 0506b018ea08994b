/** Runs Mozilla Readability over a parsed document and returns its article element. */
import { Readability } from '@mozilla/readability';
import type { DomDocument, DomElement } from './_dom.ts';

export interface ReadabilityResult {
  readonly content: DomElement | null;
  readonly title: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly publishedTime: string | null;
  readonly lang: string | null;
}

const EMPTY: ReadabilityResult = {
  content: null,
  title: null,
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: null,
};

const clean = (value: string | null | undefined): string | null => {
  const text = value?.replace(/\s+/g, ' ').trim() ?? '';
  return text === '' ? null : text;
};

/**
 * Readability mutates the document it is given, so callers pass a document parsed for it alone.
 * Returns the content element itself (no HTML round trip).
 */
export function runReadability(document: DomDocument, charThreshold: number): ReadabilityResult {
  let parsed;
  try {
    const reader = new Readability<DomElement>(document as never, {
      charThreshold,
      keepClasses: true,
      serializer: (node) => node as unknown as DomElement,
    });
    parsed = reader.parse();
  } catch {
    return EMPTY;
  }
  if (parsed === null) return EMPTY;
  return {
    content: parsed.content ?? null,
    title: clean(parsed.title),
    byline: clean(parsed.byline),
    siteName: clean(parsed.siteName),
    publishedTime: clean(parsed.publishedTime),
    lang: clean(parsed.lang),
  };
}
