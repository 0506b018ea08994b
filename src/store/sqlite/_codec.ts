/**
 * Rows ↔ values for the SQLite store. An article is split into its indexed columns, its `text`
 * (read by the full-text index), its `entities` and `dates` (read when the stored articles are
 * regrouped) and `data`, the rest of the AnnotatedArticle as JSON; decoding puts them back together.
 */
import type { AnnotatedArticle, Brief } from '../../types.ts';
import type { GroupingColumns } from '../rows.ts';

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



export interface GroupingRow extends GroupingColumns {
  readonly seq: number;
}



export function decodeBrief(json: string): Brief {
  return JSON.parse(json) as Brief;
}
