/**
 * Byline: JSON-LD `author` names, the `author` meta, then Readability's byline. "By" prefixes
 * and trailing dates are cut; a byline that is a URL, an e-mail address, the outlet's name or
 * a call to action ("Email the author") is not a byline.
 */
import { metaContent, stringField, isArticleType, type JsonObject, type PageHead } from './_meta.ts';

const NOT_A_NAME = /https?:|www\.|@|^(?:email|contact|follow|share|read|more|view|see)\b|\b(?:staff|editor(?:ial)? team)$/iu;

/** A cleaned byline, or null when the text is not a person's or desk's name. */
export function cleanByline(raw: string | null, outlet: string | null): string | null {
  if (raw === null) return null;
  const text = raw
    .replace(/^\s*(?:by|von|par|por|di|door)\s+/iu, '')
    .replace(/\s*[|,–—-]\s*(?:updated|published|posted)\b.*$/iu, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '' || text.length > 100 || NOT_A_NAME.test(text)) return null;
  if (outlet !== null && text.toLowerCase() === outlet.toLowerCase()) return null;
  return text;
}

function jsonLdAuthors(jsonLd: readonly JsonObject[]): string | null {
  for (const object of jsonLd.filter(isArticleType)) {
    const authors = ([] as unknown[]).concat(object['author'] ?? []);
    const names = authors
      .map((a) => (typeof a === 'string' ? a : stringField({ a }, 'a')))
      .filter((n): n is string => n !== null && n !== '');
    if (names.length > 0) return names.join(', ');
  }
  return null;
}

export function findByline(page: PageHead, readabilityByline: string | null, outlet: string | null): string | null {
  const candidates = [jsonLdAuthors(page.jsonLd), metaContent(page, ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author']), readabilityByline];
  for (const candidate of candidates) {
    const byline = cleanByline(candidate, outlet);
    if (byline !== null) return byline;
  }
  return null;
}
