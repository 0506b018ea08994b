/**
 * The SQLite store's reads: articles back as AnnotatedArticles (stored order), `stories@1` rows,
 * briefs, full-text search and entity lookups. Every statement is prepared once and parameterised.
 */
import type Database from 'better-sqlite3';
import type { AnnotatedArticle, Brief } from '../../types.ts';
import type { SearchHit, StoredGrouping, StoreCounts, StoryQuery, StoryRow } from '../index.ts';
import { decodeArticle, decodeGrouping, decodeStoryRow, ftsQuery, type ArticleData, type StoryRecord } from '../rows.ts';
import { decodeBrief, type GroupingRow } from './_codec.ts';

interface HitRow {
  readonly article: string | null;
  readonly fact: string | null;
  readonly story: string | null;
  readonly snippet: string;
  readonly rank: number;
}

interface OutletRow {
  readonly story_id: string;
  readonly source: string;
}

const STORY_COLUMNS = 'id, headline, event_date, event_precision, articles, sources, corroborated, disputed, updated_at';
/** Rows read per query when streaming the grouping inputs (no statement stays open between pages). */
const PAGE = 500;

export interface Reader {
  hasArticle(id: string): boolean;
  allArticles(): AnnotatedArticle[];
  groupingPage(afterSeq: number): { rows: StoredGrouping[]; lastSeq: number };
  getArticles(ids: readonly string[]): AnnotatedArticle[];
  articlesOf(storyId: string): AnnotatedArticle[];
  listStories(query: StoryQuery): StoryRow[];
  getBrief(storyId: string): Brief | null;
  search(query: string, limit: number): SearchHit[];
  entityStories(entityId: string): StoryRow[];
  storyRows(storyIds: readonly string[]): StoryRow[];
  storyOutlets(storyIds: readonly string[]): Map<string, string[]>;
  counts(): StoreCounts;
  unassignedArticles(): number;
}

export function createReader(db: Database.Database): Reader {
  const s = prepareReads(db);
  const decodeAll = (rows: unknown[]): AnnotatedArticle[] => (rows as ArticleData[]).map(decodeArticle);
  return {
    hasArticle: (id) => s.hasArticle.get(id) !== undefined,
    allArticles: () => decodeAll(s.allArticles.all()),
    groupingPage: (afterSeq) => {
      const rows = s.groupingPage.all(afterSeq, PAGE) as GroupingRow[];
      return { rows: rows.map(decodeGrouping), lastSeq: rows.at(-1)?.seq ?? afterSeq };
    },
    getArticles: (ids) => (ids.length === 0 ? [] : decodeAll(s.getArticles.all(JSON.stringify(ids)))),
    articlesOf: (storyId) => decodeAll(s.articlesOf.all(storyId)),
    listStories: (query) => (s.listStories.all(query.limit ?? -1, query.offset ?? 0) as StoryRecord[]).map(decodeStoryRow),
    getBrief: (storyId) => {
      const row = s.getBrief.get(storyId) as { brief: string } | undefined;
      return row === undefined ? null : decodeBrief(row.brief);
    },
    search: (query, limit) => {
      const expression = ftsQuery(query);
      if (expression === null) return [];
      const hits = [...(s.searchArticles.all(expression, limit) as HitRow[]), ...(s.searchFacts.all(expression, limit) as HitRow[])];
      return hits
        .sort((a, b) => a.rank - b.rank)
        .slice(0, limit)
        .map((h) => ({ kind: h.fact === null ? 'article' : 'fact', story: h.story, article: h.article, fact: h.fact, snippet: h.snippet }));
    },
    entityStories: (entityId) => (s.entityStories.all(entityId) as StoryRecord[]).map(decodeStoryRow),
    storyRows: (storyIds) => {
      if (storyIds.length === 0) return [];
      const byId = new Map((s.storyRows.all(JSON.stringify(storyIds)) as StoryRecord[]).map((r) => [r.id, decodeStoryRow(r)]));
      return storyIds.map((id) => byId.get(id)).filter((r): r is StoryRow => r !== undefined);
    },
    storyOutlets: (storyIds) => {
      const outlets = new Map<string, string[]>(storyIds.map((id) => [id, []]));
      if (storyIds.length === 0) return outlets;
      for (const row of s.storyOutlets.all(JSON.stringify(storyIds)) as OutletRow[]) outlets.get(row.story_id)?.push(row.source);
      return outlets;
    },
    counts: () => s.counts.get() as StoreCounts,
    unassignedArticles: () => (s.unassigned.get() as { n: number }).n,
  };
}

function prepareReads(db: Database.Database) {
  return {
    hasArticle: db.prepare('SELECT 1 FROM articles WHERE id = ?'),
    allArticles: db.prepare('SELECT text, entities, dates, data FROM articles ORDER BY seq'),
    groupingPage: db.prepare(
      `SELECT seq, id, story_id, title, text, published_at, source, wire, entities, dates
       FROM articles WHERE seq > ? ORDER BY seq LIMIT ?`,
    ),
    getArticles: db.prepare(
      'SELECT text, entities, dates, data FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY seq',
    ),
    articlesOf: db.prepare('SELECT text, entities, dates, data FROM articles WHERE story_id = ? ORDER BY seq'),
    listStories: db.prepare(`SELECT ${STORY_COLUMNS} FROM stories ORDER BY articles DESC, first_seq LIMIT ? OFFSET ?`),
    getBrief: db.prepare('SELECT brief FROM stories WHERE id = ?'),
    searchArticles: db.prepare(
      `SELECT a.id AS article, NULL AS fact, a.story_id AS story, rank,
         snippet(article_fts, -1, '[', ']', '…', 16) AS snippet
       FROM article_fts JOIN articles a ON a.seq = article_fts.rowid
       WHERE article_fts MATCH ? ORDER BY rank LIMIT ?`,
    ),
    searchFacts: db.prepare(
      `SELECT NULL AS article, f.fact_id AS fact, f.story_id AS story, rank,
         snippet(fact_fts, 0, '[', ']', '…', 16) AS snippet
       FROM fact_fts JOIN facts f ON f.seq = fact_fts.rowid
       WHERE fact_fts MATCH ? ORDER BY rank LIMIT ?`,
    ),
    entityStories: db.prepare(
      `SELECT ${STORY_COLUMNS.split(', ').map((c) => `s.${c}`).join(', ')}
       FROM story_entities e JOIN stories s ON s.id = e.story_id
       WHERE e.entity_id = ? ORDER BY s.articles DESC, s.first_seq`,
    ),
    storyRows: db.prepare(`SELECT ${STORY_COLUMNS} FROM stories WHERE id IN (SELECT value FROM json_each(?))`),
    // Reads the story's rows through articles_by_story; cost grows with the stories' sizes, not the store's.
    storyOutlets: db.prepare(
      `SELECT story_id, source FROM articles
       WHERE story_id IN (SELECT value FROM json_each(?)) AND source IS NOT NULL AND trim(source) <> ''
       GROUP BY story_id, source ORDER BY story_id, count(*) DESC, source`,
    ),
    unassigned: db.prepare('SELECT count(*) AS n FROM articles WHERE story_id IS NULL'),
    counts: db.prepare('SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM stories) AS stories'),
  };
}
