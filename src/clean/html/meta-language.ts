/** Page language: `<html lang>`, `content-language` / `og:locale` / `language` meta, JSON-LD `inLanguage`. */
import type { DomDocument } from './_dom.ts';
import { jsonLdValue, metaContent, type JsonObject } from './_meta.ts';

/** `en_US` → `en-US`; null unless it looks like a BCP 47 tag. */
export function normaliseLanguage(value: string | null): string | null {
  if (value === null) return null;
  const tag = value.trim().split(/[,;]/)[0]!.trim().replace(/_/g, '-');
  const match = /^([a-z]{2,3})(?:-([a-z0-9]{2,8}))?$/i.exec(tag);
  if (match === null) return null;
  const region = match[2] === undefined ? '' : `-${match[2].length === 2 ? match[2].toUpperCase() : match[2]}`;
  return `${match[1]!.toLowerCase()}${region}`;
}

export function findLanguage(doc: DomDocument, jsonLd: readonly JsonObject[]): string | null {
  const candidates = [
    doc.documentElement?.getAttribute('lang') ?? null,
    doc.documentElement?.getAttribute('xml:lang') ?? null,
    metaContent(doc, ['content-language', 'language', 'dc.language', 'og:locale']),
    jsonLdValue(jsonLd, 'inLanguage'),
  ];
  for (const candidate of candidates) {
    const language = normaliseLanguage(candidate);
    if (language !== null) return language;
  }
  return null;
}
