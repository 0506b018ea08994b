/**
 * Publication date: JSON-LD `datePublished`, publication `<meta>` (article:published_time and the
 * other common names), a `<time datetime>` (marked as the publication time first), then a date in
 * the URL (with a warning). A date after `notAfter` is never taken; the modified date is used only
 * when nothing else gives a date, with a warning.
 */
import { selectAll, type DomDocument } from './_dom.ts';
import { jsonLdValue, metaContent, type PageHead } from './_meta.ts';

export interface FoundDate {
  readonly value: string;
  /** Where the date came from, e.g. `json-ld`, `meta`, `time`, `url`, `modified`. */
  readonly from: string;
}

const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished',
  'publishdate', 'publish-date', 'publish_date', 'pubdate', 'article.published', 'article_date_original',
  'dc.date.issued', 'dcterms.issued', 'dcterms.created', 'dc.date', 'date', 'sailthru.date', 'parsely-pub-date',
  'citation_publication_date', 'citation_date', 'originalpublicationdate', 'cxenseparse:recs:publishtime',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'];

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

/** `YYYY-MM-DD` or ISO 8601 for a date string, or null when it is not a plausible date. */
export function normaliseDate(raw: string): string | null {
  const text = raw.trim();
  const iso = ISO.exec(text);
  if (iso !== null) {
    const [, y, m, d, hh, mm, ss, zone] = iso;
    if (!validDay(Number(y), Number(m), Number(d))) return null;
    if (hh === undefined) return `${y}-${m}-${d}`;
    const offset = zone === undefined ? '' : zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return `${y}-${m}-${d}T${hh}:${mm}:${ss ?? '00'}${offset}`;
  }
  if (/^\d{8}$/.test(text)) return normaliseDate(`${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`);
  if (!/[a-z]/i.test(text) && !/\d{4}/.test(text)) return null;
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
}

function validDay(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** A date in the URL path (`/2019/11/20/`, `/2019-11-20-`, `/20191120/`). */
export function urlDate(url: string | null): string | null {
  if (url === null) return null;
  const path = url.replace(/^https?:\/\/[^/]+/i, '');
  const match = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|\.html?|$)/.exec(path) ?? /[/-]((?:19|20)\d{2})(\d{2})(\d{2})[/-]/.exec(path);
  if (match === null) return null;
  const [, y, m, d] = match;
  return normaliseDate(`${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`);
}

function timeElementDate(doc: DomDocument): string | null {
  const times = [
    ...selectAll(doc, 'time[pubdate], time[itemprop~="datePublished"], [itemprop~="datePublished"][datetime]'),
    ...selectAll(doc, 'article time[datetime], main time[datetime]'),
    ...selectAll(doc, 'time[datetime]'),
  ];
  return times.map((t) => t.getAttribute('datetime')).find((v): v is string => v !== null && v.trim() !== '') ?? null;
}

const dayOf = (value: string): string => value.slice(0, 10);

/** The publication date and its source, or null. `notAfter` is `YYYY-MM-DD`: later dates are ignored. */
export function findPublished(page: PageHead, url: string | null, notAfter: string): FoundDate | null {
  const { jsonLd } = page;
  const candidates: readonly [() => string | null, string][] = [
    [() => jsonLdValue(jsonLd, 'datePublished'), 'json-ld'],
    [() => metaContent(page, PUBLISHED_META), 'meta'],
    [() => timeElementDate(page.doc), 'time'],
    [() => jsonLdValue(jsonLd, 'dateCreated'), 'json-ld'],
    [() => urlDate(url), 'url'],
    [() => jsonLdValue(jsonLd, 'dateModified') ?? metaContent(page, MODIFIED_META), 'modified'],
  ];
  for (const [read, from] of candidates) {
    const raw = read();
    const value = raw === null ? null : normaliseDate(raw);
    if (value !== null && dayOf(value) <= notAfter) return { value, from };
  }
  return null;
}
