/** Page language: `<html lang>`, `content-language` / `og:locale` / `language` meta, JSON-LD `inLanguage`. */
import { jsonLdValue, metaContent, type PageHead } from './_meta.ts';

/** `en_US` → `en-US`; null unless it looks like a BCP 47 tag. */
export function normaliseLanguage(value: string | null): string | null {
  if (value === null) return null;
  const tag = value.trim().split(/[,;]/)[0]!.trim().replace(/_/g, '-');
  const match = /^([a-z]{2,3})(?:-([a-z0-9]{2,8}))?$/i.exec(tag);
  if (match === null) return null;
  const region = match[2] === undefined ? '' : `-${match[2].length === 2 ? match[2].toUpperCase() : match[2]}`;
  return `${match[1]!.toLowerCase()}${region}`;
}

export function findLanguage(page: PageHead): string | null {
  const root = page.doc.documentElement;
  const candidates = [
    root?.getAttribute('lang') ?? null,
    root?.getAttribute('xml:lang') ?? null,
    metaContent(page, ['content-language', 'language', 'dc.language', 'og:locale']),
    jsonLdValue(page.jsonLd, 'inLanguage'),
  ];
  for (const candidate of candidates) {
    const language = normaliseLanguage(candidate);
    if (language !== null) return language;
  }
  return null;
}
