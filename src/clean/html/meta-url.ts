/** Canonical URL of a page: `<link rel=canonical>`, then `og:url`, then the URL it was fetched from. */
import { linkHref, metaContent, type PageHead } from './_meta.ts';

/** Resolves a URL against a base; null unless the result is http(s). */
export function absoluteUrl(href: string, base: string | null): string | null {
  try {
    const url = base === null ? new URL(href) : new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function findUrl(page: PageHead, pageUrl: string | null): string | null {
  for (const href of [linkHref(page.doc, 'canonical'), metaContent(page, ['og:url', 'twitter:url'])]) {
    if (href === null) continue;
    const url = absoluteUrl(href, pageUrl);
    if (url !== null) return url;
  }
  return pageUrl === null ? null : absoluteUrl(pageUrl, null);
}
