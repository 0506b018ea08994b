/**
 * Wire-service tags: the `wire` field set by cleaning (from the dateline) or a parenthesised
 * agency tag near the start of the body, e.g. `LONDON (Reuters) -` or `(AP) —`. Two copies
 * carrying the same tag are two outlets reprinting one agency story.
 */

/** A parenthesised, capitalised tag of 1-4 words followed by a dash, within the opening characters. */
const openingTag = /\(([A-Z][A-Za-z.&]*(?:\s[A-Z][A-Za-z.&]*){0,3})\)\s*[-\u2013\u2014:]/u;

/** How far into the body a wire tag may stand (a dateline and a few words before it). */
const openingReach = 120;

export interface WireSource {
  readonly wire: string | null;
  readonly text: string;
}

/** The article's wire tag, normalised (lower case, no dots), or null. */
export function wireTag(article: WireSource): string | null {
  if (article.wire !== null && article.wire.trim() !== '') return normalizeTag(article.wire);
  const match = openingTag.exec(article.text.slice(0, openingReach));
  return match?.[1] === undefined ? null : normalizeTag(match[1]);
}

function normalizeTag(tag: string): string {
  return tag.toLowerCase().replace(/[.\s]+/g, ' ').trim();
}
