/** Outlet name: `og:site_name`, JSON-LD `publisher.name`, `application-name`, else the URL's host. */
import { jsonLdValue, metaContent, type PageHead } from './_meta.ts';

/** `www.example.co.uk` → `example.co.uk`; null for a missing or bad URL. */
export function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\d*\./, '');
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

export function findSource(page: PageHead, url: string | null): string | null {
  return (
    metaContent(page, ['og:site_name']) ??
    jsonLdValue(page.jsonLd, 'publisher') ??
    metaContent(page, ['application-name', 'al:android:app_name', 'al:ios:app_name', 'twitter:site']) ??
    hostOf(url)
  );
}
