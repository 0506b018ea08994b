/**
 * The PostgreSQL store's writes. Each public function is one transaction, so a process killed
 * mid-way leaves the database as it was before the call; all SQL is parameterised, and a batch is
 * sent as column arrays (one statement per table, not one per row).
 *
 * Several processes may write at once:
 * - articles are inserted `ON CONFLICT (id) DO NOTHING`: two writers adding one article store it
 *   once (the second waits for the first to commit, then skips it);
 * - a write naming the counts it was computed from (`storedArticles`, `assignedArticles`) first
 *   locks the articles table against inserts and updates (SHARE ROW EXCLUSIVE: readers go on,
 *   other writers wait), then counts: nothing can land between the check and the commit;
 * - rows are touched in id order, so two writers meeting on the same stories lock them in the same
 *   order; a deadlock that still happens is retried (see _transaction.ts).
 */
import type pg from 'pg';
import type { AnnotatedArticle, Brief } from '../../types.ts';
import type { StoryAssignment, StoryWrite } from '../index.ts';
import { StoreConflictError } from '../errors.ts';
import { articleColumns, storable, storyColumns } from './_codec.ts';
import { inTransaction } from './_transaction.ts';

export interface Writer {
  /** Adds articles (no story yet), skipping stored ids; returns how many were new. */
  putArticles(articles: readonly AnnotatedArticle[]): Promise<number>;
  putStories(write: StoryWrite): Promise<void>;
}

export function createWriter(pool: pg.Pool): Writer {
  return {
    putArticles: (articles) => (articles.length === 0 ? Promise.resolve(0) : inTransaction(pool, (client) => insertArticles(client, articles))),
    putStories: (write) => inTransaction(pool, (client) => writeStories(client, write)),
  };
}

async function writeStories(client: pg.ClientBase, write: StoryWrite): Promise<void> {
  if (write.storedArticles !== undefined || write.assignedArticles !== undefined) await checkUnchanged(client, write);
  await insertArticles(client, write.articles);
  await assign(client, write.assignments);
  await deleteStories(client, write.removed);
  await putBriefs(client, write.briefs, write.updatedAt);
}

/**
 * Refuses the write when the store has changed since it was computed. The lock taken first (no
 * other lock is held yet, so it cannot deadlock) keeps inserts and assignments out until commit.
 */
async function checkUnchanged(client: pg.ClientBase, write: StoryWrite): Promise<void> {
  await client.query('LOCK TABLE articles IN SHARE ROW EXCLUSIVE MODE');
  const { rows } = await client.query<{ stored: number; assigned: number }>(
    'SELECT count(*)::integer AS stored, count(story_id)::integer AS assigned FROM articles',
  );
  const { stored, assigned } = rows[0] ?? { stored: 0, assigned: 0 };
  if (write.storedArticles !== undefined && stored !== write.storedArticles) {
    throw new StoreConflictError(`the store holds ${stored} articles, not the ${write.storedArticles} this write was computed from`);
  }
  if (write.assignedArticles !== undefined && assigned !== write.assignedArticles) {
    throw new StoreConflictError(`the store holds ${assigned} articles in stories, not the ${write.assignedArticles} this write was computed from`);
  }
}

/**
 * Inserts in the order given (the stored order), skipping ids already stored, with each new
 * article's search vector (title weighted above the body); returns how many were new.
 */
async function insertArticles(client: pg.ClientBase, articles: readonly AnnotatedArticle[]): Promise<number> {
  if (articles.length === 0) return 0;
  const c = articleColumns(articles);
  const result = await client.query(
    `WITH added AS (
       INSERT INTO articles (id, path, source, url, title, published_at, wire, words, text, entities, dates, data)
       SELECT id, path, source, url, title, published_at, wire, words, text, entities, dates, data
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::integer[],
                   $9::text[], $10::text[], $11::text[], $12::text[])
            WITH ORDINALITY AS a (id, path, source, url, title, published_at, wire, words, text, entities, dates, data, position)
       ORDER BY position
       ON CONFLICT (id) DO NOTHING
       RETURNING seq, title, text
     )
     INSERT INTO article_search (seq, search)
     SELECT seq, setweight(to_tsvector('newsdesk_english', coalesce(title, '')), 'A') || to_tsvector('newsdesk_english', text) FROM added`,
    [c.id, c.path, c.source, c.url, c.title, c.publishedAt, c.wire, c.words, c.text, c.entities, c.dates, c.data],
  );
  return result.rowCount ?? 0;
}

/** Sets each article's story; when an article is named twice the last assignment wins, as in order. */
async function assign(client: pg.ClientBase, assignments: readonly StoryAssignment[]): Promise<void> {
  if (assignments.length === 0) return;
  const storyOf = new Map<string, string>();
  for (const { article, story } of assignments) storyOf.set(article, story);
  const articles = [...storyOf.keys()].sort();
  await client.query(
    `UPDATE articles SET story_id = u.story
     FROM unnest($1::text[], $2::text[]) AS u (article, story)
     WHERE articles.id = u.article AND articles.story_id IS DISTINCT FROM u.story`,
    [articles, articles.map((id) => storyOf.get(id)!)],
  );
}

async function deleteStories(client: pg.ClientBase, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const sorted = [...new Set(ids)].sort();
  await client.query('DELETE FROM stories WHERE id = ANY($1::text[])', [sorted]);
  await client.query('DELETE FROM story_entities WHERE story_id = ANY($1::text[])', [sorted]);
  await client.query('DELETE FROM facts WHERE story_id = ANY($1::text[])', [sorted]);
}

/** Replaces each brief's story row, entities and facts; a story's first article is read after the assignments. */
async function putBriefs(client: pg.ClientBase, briefs: readonly Brief[], updatedAt: string): Promise<void> {
  if (briefs.length === 0) return;
  const latest = new Map<string, Brief>();
  for (const brief of briefs) latest.set(brief.id, brief);
  const ordered = [...latest.keys()].sort().map((id) => latest.get(id)!);
  await deleteStories(client, ordered.map((b) => b.id));
  const s = storyColumns(ordered, updatedAt);
  await client.query(
    `INSERT INTO stories (id, headline, event_date, event_precision, articles, sources, corroborated, disputed, first_seq, updated_at, brief)
     SELECT s.id, s.headline, s.event_date, s.event_precision, s.articles, s.sources, s.corroborated, s.disputed,
       coalesce((SELECT min(a.seq) FROM articles a WHERE a.story_id = s.id), 0), $10, s.brief
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::integer[], $6::integer[], $7::integer[], $8::integer[], $9::text[])
          AS s (id, headline, event_date, event_precision, articles, sources, corroborated, disputed, brief)`,
    [s.id, s.headline, s.eventDate, s.eventPrecision, s.articles, s.sources, s.corroborated, s.disputed, s.brief, updatedAt],
  );
  const entityStory = ordered.flatMap((b) => [...new Set(b.entities.map((e) => e.id))].map((entity) => ({ entity, story: b.id })));
  if (entityStory.length > 0) {
    await client.query(
      `INSERT INTO story_entities (entity_id, story_id) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
      [entityStory.map((e) => e.entity), entityStory.map((e) => e.story)],
    );
  }
  const facts = ordered.flatMap((b) => b.facts.map((f) => ({ story: b.id, id: f.id, text: storable(f.text) })));
  if (facts.length > 0) {
    await client.query(
      `INSERT INTO facts (story_id, fact_id, text)
       SELECT story_id, fact_id, text FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS f (story_id, fact_id, text, position)
       ORDER BY position`,
      [facts.map((f) => f.story), facts.map((f) => f.id), facts.map((f) => f.text)],
    );
  }
}
