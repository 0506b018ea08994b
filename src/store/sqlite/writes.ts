/**
 * The SQLite store's writes. Each public function runs as one transaction (BEGIN IMMEDIATE), so a
 * process killed mid-way leaves the file as it was before the call; every statement is prepared
 * once and parameterised. A write may name the article count it was computed from; it is refused
 * when another writer has changed the store since (checked inside the write's own transaction).
 */
import type Database from 'better-sqlite3';
import type { AnnotatedArticle, Brief } from '../../types.ts';
import type { StoryWrite } from '../index.ts';
import { storyRowOf } from '../rows.ts';
import { StoreConflictError } from '../errors.ts';
import { encodeArticle } from './_codec.ts';

export interface Writer {
  /** Adds articles (no story yet), skipping stored ids; returns how many were new. */
  putArticles(articles: readonly AnnotatedArticle[]): number;
  putStories(write: StoryWrite): void;
}

export function createWriter(db: Database.Database): Writer {
  const statements = prepareWrites(db);
  const insertArticles = (articles: readonly AnnotatedArticle[]): number => {
    let added = 0;
    for (const article of articles) added += statements.insertArticle.run(encodeArticle(article)).changes;
    return added;
  };
  const removeStory = (id: string): void => {
    statements.deleteStory.run(id);
    statements.deleteEntities.run(id);
    statements.deleteFacts.run(id);
  };
  const putBrief = (brief: Brief, updatedAt: string): void => {
    removeStory(brief.id);
    const row = storyRowOf(brief, updatedAt);
    statements.insertStory.run({
      id: row.id,
      headline: row.headline,
      event_date: row.eventDate?.value ?? null,
      event_precision: row.eventDate?.precision ?? null,
      articles: row.articles,
      sources: row.sources,
      corroborated: row.corroborated,
      disputed: row.disputed,
      updated_at: updatedAt,
      brief: JSON.stringify(brief),
    });
    for (const entity of new Set(brief.entities.map((e) => e.id))) statements.insertEntity.run(entity, brief.id);
    for (const fact of brief.facts) statements.insertFact.run(brief.id, fact.id, fact.text);
  };
  const putArticles = db.transaction(insertArticles);
  const putStories = db.transaction((write: StoryWrite): void => {
    if (write.storedArticles !== undefined) {
      const { n } = statements.countArticles.get() as { n: number };
      if (n !== write.storedArticles) {
        throw new StoreConflictError(`the store holds ${n} articles, not the ${write.storedArticles} this write was computed from`);
      }
    }
    if (write.assignedArticles !== undefined) {
      const { n } = statements.countAssigned.get() as { n: number };
      if (n !== write.assignedArticles) {
        throw new StoreConflictError(`the store holds ${n} articles in stories, not the ${write.assignedArticles} this write was computed from`);
      }
    }
    insertArticles(write.articles);
    for (const { article, story } of write.assignments) statements.assign.run(story, article);
    for (const id of write.removed) removeStory(id);
    for (const brief of write.briefs) putBrief(brief, write.updatedAt);
  });
  return {
    putArticles: (articles) => putArticles.immediate(articles),
    putStories: (write) => putStories.immediate(write),
  };
}

function prepareWrites(db: Database.Database) {
  return {
    insertArticle: db.prepare(
      `INSERT INTO articles (id, path, source, url, title, published_at, wire, words, text, entities, dates, data)
       VALUES (@id, @path, @source, @url, @title, @published_at, @wire, @words, @text, @entities, @dates, @data)
       ON CONFLICT (id) DO NOTHING`,
    ),
    assign: db.prepare('UPDATE articles SET story_id = ? WHERE id = ?'),
    countArticles: db.prepare('SELECT count(*) AS n FROM articles'),
    countAssigned: db.prepare('SELECT count(*) AS n FROM articles WHERE story_id IS NOT NULL'),
    deleteStory: db.prepare('DELETE FROM stories WHERE id = ?'),
    deleteEntities: db.prepare('DELETE FROM story_entities WHERE story_id = ?'),
    deleteFacts: db.prepare('DELETE FROM facts WHERE story_id = ?'),
    insertStory: db.prepare(
      `INSERT INTO stories (id, headline, event_date, event_precision, articles, sources, corroborated, disputed,
         first_seq, updated_at, brief)
       VALUES (@id, @headline, @event_date, @event_precision, @articles, @sources, @corroborated, @disputed,
         coalesce((SELECT min(seq) FROM articles WHERE story_id = @id), 0), @updated_at, @brief)`,
    ),
    insertEntity: db.prepare('INSERT OR IGNORE INTO story_entities (entity_id, story_id) VALUES (?, ?)'),
    insertFact: db.prepare('INSERT INTO facts (story_id, fact_id, text) VALUES (?, ?, ?)'),
  };
}
