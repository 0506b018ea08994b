/**
 * Rows ↔ values for the PostgreSQL store. An article is split as in the SQLite store: indexed
 * columns, its `text` (read by the full-text index), `entities` and `dates` (JSON, read when the
 * stored articles are regrouped) and `data`, the rest of the AnnotatedArticle as JSON. Writes send
 * whole batches as one array per column (`unnest` on the server), so a batch is one statement.
 */
import type { AnnotatedArticle, Brief } from '../../types.ts';
import { storyRowOf, type GroupingColumns } from '../rows.ts';

/**
 * PostgreSQL text cannot hold NUL, which can reach an article from a JSON Lines `\u0000` escape;
 * it is stored as U+FFFD, also one UTF-16 unit, so every character span into the text still holds.
 * (JSON columns need nothing: JSON.stringify writes NUL as an escape.)
 */
export function storable<T extends string | null>(value: T): T {
  return (value !== null && value.includes('\u0000') ? value.replaceAll('\u0000', '\uFFFD') : value) as T;
}

/** Articles as parallel column arrays, in the order given (the order they are stored in). */
export interface ArticleColumns {
  readonly id: string[];
  readonly path: (string | null)[];
  readonly source: (string | null)[];
  readonly url: (string | null)[];
  readonly title: (string | null)[];
  readonly publishedAt: (string | null)[];
  readonly wire: (string | null)[];
  readonly words: number[];
  readonly text: string[];
  readonly entities: string[];
  readonly dates: string[];
  readonly data: string[];
}

export function articleColumns(articles: readonly AnnotatedArticle[]): ArticleColumns {
  const columns: ArticleColumns = {
    id: [], path: [], source: [], url: [], title: [], publishedAt: [], wire: [], words: [], text: [], entities: [], dates: [], data: [],
  };
  for (const article of articles) {
    const { text, entities, dates, ...rest } = article;
    columns.id.push(article.id);
    columns.path.push(storable(article.path));
    columns.source.push(storable(article.source));
    columns.url.push(storable(article.url));
    columns.title.push(storable(article.title));
    columns.publishedAt.push(storable(article.publishedAt));
    columns.wire.push(storable(article.wire));
    columns.words.push(article.words);
    columns.text.push(storable(text));
    columns.entities.push(JSON.stringify(entities));
    columns.dates.push(JSON.stringify(dates));
    columns.data.push(JSON.stringify(rest));
  }
  return columns;
}

/** Stories (their `stories@1` figures and brief) as parallel column arrays. */
export interface StoryColumns {
  readonly id: string[];
  readonly headline: string[];
  readonly eventDate: (string | null)[];
  readonly eventPrecision: (string | null)[];
  readonly articles: number[];
  readonly sources: number[];
  readonly corroborated: number[];
  readonly disputed: number[];
  readonly brief: string[];
}

export function storyColumns(briefs: readonly Brief[], updatedAt: string): StoryColumns {
  const columns: StoryColumns = {
    id: [], headline: [], eventDate: [], eventPrecision: [], articles: [], sources: [], corroborated: [], disputed: [], brief: [],
  };
  for (const brief of briefs) {
    const row = storyRowOf(brief, updatedAt);
    columns.id.push(row.id);
    columns.headline.push(storable(row.headline));
    columns.eventDate.push(row.eventDate?.value ?? null);
    columns.eventPrecision.push(row.eventDate?.precision ?? null);
    columns.articles.push(row.articles);
    columns.sources.push(row.sources);
    columns.corroborated.push(row.corroborated);
    columns.disputed.push(row.disputed);
    columns.brief.push(JSON.stringify(brief));
  }
  return columns;
}



export interface GroupingRow extends GroupingColumns {
  /** bigint: node-postgres gives it as a string, and it goes back to the server as one. */
  readonly seq: string;
}



