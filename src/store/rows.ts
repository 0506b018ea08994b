/**
 * Pure helpers shared by store backends: the `stories@1` figures of a brief, and a user's search
 * words turned into a safe full-text query.
 */
import type { AnnotatedArticle, Brief, DatePrecision } from '../types.ts';
import type { StoredGrouping, StoryRow } from './index.ts';

/** Distinct outlets among the articles that are not duplicates; an article of unknown outlet counts alone. */
export function countSources(brief: Brief): number {
  const outlets = new Set<string>();
  for (const article of brief.articles) {
    if (article.duplicateOf !== null) continue;
    const outlet = article.source?.trim().toLowerCase();
    outlets.add(outlet ? `outlet:${outlet}` : `article:${article.id}`);
  }
  return outlets.size;
}

/** The `stories@1` row of a brief written at `updatedAt`. */
export function storyRowOf(brief: Brief, updatedAt: string): StoryRow {
  return {
    id: brief.id,
    headline: brief.headline,
    eventDate: brief.eventDate === null ? null : { value: brief.eventDate.value, precision: brief.eventDate.precision },
    articles: brief.articles.length,
    sources: countSources(brief),
    corroborated: brief.facts.filter((f) => f.status === 'corroborated').length,
    disputed: brief.facts.filter((f) => f.status === 'disputed').length,
    updatedAt,
  };
}

const WORD = /[\p{L}\p{N}]+/gu;
const MAX_QUERY_WORDS = 16;

/** The words of a user's search (letters and digits; punctuation and query syntax dropped), at most 16. */
export function searchWords(query: string): string[] {
  return (query.match(WORD) ?? []).slice(0, MAX_QUERY_WORDS);
}

/**
 * The words of a user's query as an FTS5 expression where every word must match (`"a" "b"`);
 * null when it has no words. Quoting each word keeps FTS syntax (`AND`, `*`, `"`) inert.
 */
export function ftsQuery(query: string): string | null {
  const words = searchWords(query);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"`).join(' ');
}

/** A story's row as both backends' SQL selects it (column names of the `stories` table). */
export interface StoryRecord {
  readonly id: string;
  readonly headline: string;
  readonly event_date: string | null;
  readonly event_precision: string | null;
  readonly articles: number;
  readonly sources: number;
  readonly corroborated: number;
  readonly disputed: number;
  readonly updated_at: string;
}

export function decodeStoryRow(row: StoryRecord): StoryRow {
  const eventDate =
    row.event_date === null ? null : { value: row.event_date, precision: (row.event_precision ?? 'day') as DatePrecision };
  return {
    id: row.id,
    headline: row.headline,
    eventDate,
    articles: row.articles,
    sources: row.sources,
    corroborated: row.corroborated,
    disputed: row.disputed,
    updatedAt: row.updated_at,
  };
}

/** The grouping columns of an article row, as both backends' SQL selects them (entities and dates as JSON). */
export interface GroupingColumns {
  readonly id: string;
  readonly story_id: string | null;
  readonly title: string | null;
  readonly text: string;
  readonly published_at: string | null;
  readonly source: string | null;
  readonly wire: string | null;
  readonly entities: string;
  readonly dates: string;
}

export function decodeGrouping(row: GroupingColumns): StoredGrouping {
  return {
    id: row.id,
    story: row.story_id,
    title: row.title,
    text: row.text,
    publishedAt: row.published_at,
    source: row.source,
    wire: row.wire,
    entities: JSON.parse(row.entities) as StoredGrouping['entities'],
    dates: JSON.parse(row.dates) as StoredGrouping['dates'],
  };
}

/** A stored article's columns: text, entities and dates apart (searched, regrouped), the rest as JSON. */
export interface ArticleData {
  readonly text: string;
  readonly entities: string;
  readonly dates: string;
  readonly data: string;
}

export function decodeArticle(row: ArticleData): AnnotatedArticle {
  const rest = JSON.parse(row.data) as Omit<AnnotatedArticle, 'text' | 'entities' | 'dates'>;
  return {
    ...rest,
    text: row.text,
    entities: JSON.parse(row.entities) as AnnotatedArticle['entities'],
    dates: JSON.parse(row.dates) as AnnotatedArticle['dates'],
  };
}
