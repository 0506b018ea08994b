/**
 * The PostgreSQL store's reads: articles back as AnnotatedArticles (stored order), `stories@1`
 * rows, briefs, full-text search and entity lookups. All SQL is parameterised.
 *
 * Search: the user's words (as the SQLite store reads them) become a `plainto_tsquery` that every
 * word must match (configuration `newsdesk_english`, see migrations.ts: stemmed, accents ignored;
 * stop words such as "the" are dropped), over article titles and bodies and fact texts; hits are
 * ranked by `ts_rank` across both kinds, and only the hits returned get a `ts_headline` snippet (it
 * re-reads the text, so it is the costly part).
 */
import type pg from 'pg';
import type { AnnotatedArticle, Brief } from '../../types.ts';
import type { SearchHit, StoredGrouping, StoreCounts, StoryQuery, StoryRow } from '../index.ts';
import { searchWords } from '../rows.ts';
import type { GroupingRow } from './_codec.ts';
import { decodeArticle, decodeGrouping, decodeStoryRow, type ArticleData, type StoryRecord } from '../rows.ts';

const STORY_COLUMNS = 'id, headline, event_date, event_precision, articles, sources, corroborated, disputed, updated_at';
const ARTICLE_DATA = 'text, entities, dates, data';
/** Rows read per query when streaming the grouping inputs (no cursor stays open between pages). */
const PAGE = 500;
/** `ts_headline` options: matches in `[`…`]`, a passage of about 16 words like the SQLite snippets. */
const HEADLINE = 'StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=" … "';

export interface Reader {
  hasArticle(id: string): Promise<boolean>;
  allArticles(): Promise<AnnotatedArticle[]>;
  groupingInputs(): AsyncIterable<StoredGrouping>;
  getArticles(ids: readonly string[]): Promise<AnnotatedArticle[]>;
  articlesOf(storyId: string): Promise<AnnotatedArticle[]>;
  listStories(query: StoryQuery): Promise<StoryRow[]>;
  getBrief(storyId: string): Promise<Brief | null>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  entityStories(entityId: string): Promise<StoryRow[]>;
  storyRows(storyIds: readonly string[]): Promise<StoryRow[]>;
  storyOutlets(storyIds: readonly string[]): Promise<Map<string, string[]>>;
  counts(): Promise<StoreCounts>;
  unassignedArticles(): Promise<number>;
}

export function createReader(pool: pg.Pool): Reader {
  const articles = async (sql: string, values: unknown[]): Promise<AnnotatedArticle[]> =>
    (await pool.query<ArticleData>(sql, values)).rows.map(decodeArticle);
  const stories = async (sql: string, values: unknown[]): Promise<StoryRow[]> =>
    (await pool.query<StoryRecord>(sql, values)).rows.map(decodeStoryRow);
  return {
    hasArticle: async (id) => (await pool.query('SELECT 1 FROM articles WHERE id = $1', [id])).rowCount === 1,
    allArticles: () => articles(`SELECT ${ARTICLE_DATA} FROM articles ORDER BY seq`, []),
    groupingInputs: () => streamGroupingInputs(pool),
    getArticles: async (ids) =>
      ids.length === 0 ? [] : articles(`SELECT ${ARTICLE_DATA} FROM articles WHERE id = ANY($1::text[]) ORDER BY seq`, [[...ids]]),
    articlesOf: (storyId) => articles(`SELECT ${ARTICLE_DATA} FROM articles WHERE story_id = $1 ORDER BY seq`, [storyId]),
    listStories: (query) =>
      stories(`SELECT ${STORY_COLUMNS} FROM stories ORDER BY articles DESC, first_seq, id COLLATE "C" LIMIT $1 OFFSET $2`, [
        rowCount(query.limit),
        rowCount(query.offset) ?? 0,
      ]),
    getBrief: async (storyId) => {
      const { rows } = await pool.query<{ brief: string }>('SELECT brief FROM stories WHERE id = $1', [storyId]);
      return rows[0] === undefined ? null : (JSON.parse(rows[0].brief) as Brief);
    },
    search: (query, limit) => search(pool, query, limit),
    entityStories: (entityId) =>
      stories(
        `SELECT ${STORY_COLUMNS.split(', ').map((c) => `s.${c}`).join(', ')}
         FROM story_entities e JOIN stories s ON s.id = e.story_id
         WHERE e.entity_id = $1 ORDER BY s.articles DESC, s.first_seq, s.id COLLATE "C"`,
        [entityId],
      ),
    storyRows: async (storyIds) => {
      if (storyIds.length === 0) return [];
      const rows = await stories(`SELECT ${STORY_COLUMNS} FROM stories WHERE id = ANY($1::text[])`, [[...storyIds]]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return storyIds.map((id) => byId.get(id)).filter((r): r is StoryRow => r !== undefined);
    },
    storyOutlets: async (storyIds) => {
      const outlets = new Map<string, string[]>(storyIds.map((id) => [id, []]));
      if (storyIds.length === 0) return outlets;
      // Reads the stories' rows through articles_by_story; cost grows with the stories' sizes, not the store's.
      const { rows } = await pool.query<{ story_id: string; source: string }>(
        `SELECT story_id, source FROM articles
         WHERE story_id = ANY($1::text[]) AND source IS NOT NULL AND trim(source) <> ''
         GROUP BY story_id, source ORDER BY story_id, count(*) DESC, source COLLATE "C"`,
        [[...storyIds]],
      );
      for (const row of rows) outlets.get(row.story_id)?.push(row.source);
      return outlets;
    },
    unassignedArticles: async () => {
      const { rows } = await pool.query<{ n: number }>('SELECT count(*)::integer AS n FROM articles WHERE story_id IS NULL');
      return rows[0]!.n;
    },
    counts: async () => {
      const { rows } = await pool.query<StoreCounts>(
        'SELECT (SELECT count(*) FROM articles)::integer AS articles, (SELECT count(*) FROM stories)::integer AS stories',
      );
      return rows[0]!;
    },
  };
}

/** A LIMIT or OFFSET as SQLite reads one: a negative number is none (null), a fraction is cut. */
function rowCount(value: number | undefined): number | null {
  return value === undefined || !Number.isFinite(value) || value < 0 ? null : Math.floor(value);
}

async function* streamGroupingInputs(pool: pg.Pool): AsyncGenerator<StoredGrouping> {
  let after = '0';
  for (;;) {
    const { rows } = await pool.query<GroupingRow>(
      `SELECT seq, id, story_id, title, text, published_at, source, wire, entities, dates
       FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [after, PAGE],
    );
    if (rows.length === 0) return;
    yield* rows.map(decodeGrouping);
    after = rows.at(-1)!.seq;
  }
}

interface HitRow {
  readonly article: string | null;
  readonly fact: string | null;
  readonly story: string | null;
  readonly snippet: string;
}

async function search(pool: pg.Pool, query: string, limit: number): Promise<SearchHit[]> {
  const words = searchWords(query);
  if (words.length === 0) return [];
  // The best `limit` of each kind, then the best `limit` of both; snippets for those only. A hit
  // whose words are split between title and body shows the part that matches more.
  const { rows } = await pool.query<HitRow>(
    `WITH q AS (SELECT plainto_tsquery('newsdesk_english', $1) AS query),
     hits AS (
       (SELECT a.id AS article, NULL::text AS fact, a.story_id AS story, ts_rank(s.search, q.query) AS rank, a.seq, 0 AS kind
        FROM articles a JOIN article_search s ON s.seq = a.seq, q WHERE s.search @@ q.query ORDER BY rank DESC, a.seq LIMIT $2)
       UNION ALL
       (SELECT NULL, f.fact_id, f.story_id, ts_rank(f.search, q.query), f.seq, 1
        FROM facts f, q WHERE f.search @@ q.query ORDER BY 4 DESC, f.seq LIMIT $2)
       ORDER BY rank DESC, kind, seq LIMIT $2
     )
     SELECT h.article, h.fact, h.story,
       CASE WHEN h.kind = 1 THEN ts_headline('newsdesk_english', f.text, q.query, '${HEADLINE}')
            WHEN a.title IS NOT NULL AND ts_rank(to_tsvector('newsdesk_english', a.title), q.query) > ts_rank(to_tsvector('newsdesk_english', a.text), q.query)
              THEN ts_headline('newsdesk_english', a.title, q.query, '${HEADLINE}')
            ELSE ts_headline('newsdesk_english', a.text, q.query, '${HEADLINE}') END AS snippet
     FROM hits h CROSS JOIN q
       LEFT JOIN articles a ON h.kind = 0 AND a.seq = h.seq
       LEFT JOIN facts f ON h.kind = 1 AND f.seq = h.seq
     ORDER BY h.rank DESC, h.kind, h.seq`,
    [words.join(' '), rowCount(limit)],
  );
  return rows.map((h) => ({ kind: h.fact === null ? 'article' : 'fact', story: h.story, article: h.article, fact: h.fact, snippet: h.snippet }));
}
