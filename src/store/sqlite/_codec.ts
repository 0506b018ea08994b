/**
 * Rows ↔ values for the SQLite store. An article is split into its indexed columns, its `text`
 * (read by the full-text index), its `entities` and `dates` (read when the stored articles are
 * regrouped) and `data`, the rest of the AnnotatedArticle as JSON; decoding puts them back together.
 */
import type { AnnotatedArticle, Brief, DatePrecision } from '../../types.ts';
import type { StoredGrouping, StoryRow } from '../index.ts';

export interface ArticleRow {
  readonly id: string;
  readonly path: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly published_at: string | null;
  readonly wire: string | null;
  readonly words: number;
  readonly text: string;
  readonly entities: string;
  readonly dates: string;
  readonly data: string;
}

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

export function encodeArticle(article: AnnotatedArticle): ArticleRow {
  const { text, entities, dates, ...rest } = article;
  return {
    id: article.id,
    path: article.path,
    source: article.source,
    url: article.url,
    title: article.title,
    published_at: article.publishedAt,
    wire: article.wire,
    words: article.words,
    text,
    entities: JSON.stringify(entities),
    dates: JSON.stringify(dates),
    data: JSON.stringify(rest),
  };
}

export type ArticleData = Pick<ArticleRow, 'text' | 'entities' | 'dates' | 'data'>;

export function decodeArticle(row: ArticleData): AnnotatedArticle {
  const rest = JSON.parse(row.data) as Omit<AnnotatedArticle, 'text' | 'entities' | 'dates'>;
  return {
    ...rest,
    text: row.text,
    entities: JSON.parse(row.entities) as AnnotatedArticle['entities'],
    dates: JSON.parse(row.dates) as AnnotatedArticle['dates'],
  };
}

export type GroupingRow = Pick<ArticleRow, 'id' | 'title' | 'text' | 'published_at' | 'source' | 'wire' | 'entities' | 'dates'> & {
  readonly seq: number;
  readonly story_id: string | null;
};

export function decodeGrouping(row: GroupingRow): StoredGrouping {
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

export function decodeBrief(json: string): Brief {
  return JSON.parse(json) as Brief;
}
