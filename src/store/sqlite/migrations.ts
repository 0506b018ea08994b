/**
 * The SQLite schema as an ordered list of migrations. `schema_version` holds the version reached;
 * opening a store applies the missing migrations, in order, in one transaction. A migration is
 * never edited once released: a change of schema is a new entry at the end.
 *
 * Version 1:
 * - `articles`: one row per article, `seq` is the stored (arrival) order; indexed columns plus
 *   `data`, the AnnotatedArticle as JSON without its `text` (the `text` column, which the full-text
 *   index reads), `entities` and `dates` (JSON columns, read when the stored articles are regrouped);
 * - `stories`: one row per story with its `stories@1` figures and its brief as JSON;
 * - `story_entities`: entity id → story, for "stories about this entity";
 * - `facts`: each story's fact texts, for search;
 * - `article_fts`, `fact_fts`: FTS5 indexes over those tables (external content, kept by triggers).
 *
 * Version 2: `articles_by_story_source`, a covering index for the outlets of a story (the web
 * app's story list reads them for a page of stories without touching the article rows).
 */
import type Database from 'better-sqlite3';
import { StoreUnavailableError } from '../errors.ts';

export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles, stories, entities, facts and their full-text indexes',
    statements: [
      `CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        story_id TEXT,
        path TEXT,
        source TEXT,
        url TEXT,
        title TEXT,
        published_at TEXT,
        wire TEXT,
        words INTEGER NOT NULL,
        text TEXT NOT NULL,
        entities TEXT NOT NULL,
        dates TEXT NOT NULL,
        data TEXT NOT NULL
      )`,
      'CREATE INDEX articles_by_story ON articles (story_id, seq)',
      `CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        headline TEXT NOT NULL,
        event_date TEXT,
        event_precision TEXT,
        articles INTEGER NOT NULL,
        sources INTEGER NOT NULL,
        corroborated INTEGER NOT NULL,
        disputed INTEGER NOT NULL,
        first_seq INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        brief TEXT NOT NULL
      )`,
      'CREATE INDEX stories_by_size ON stories (articles DESC, first_seq)',
      'CREATE TABLE story_entities (entity_id TEXT NOT NULL, story_id TEXT NOT NULL, PRIMARY KEY (entity_id, story_id)) WITHOUT ROWID',
      'CREATE INDEX story_entities_by_story ON story_entities (story_id)',
      `CREATE TABLE facts (
        seq INTEGER PRIMARY KEY,
        story_id TEXT NOT NULL,
        fact_id TEXT NOT NULL,
        text TEXT NOT NULL
      )`,
      'CREATE INDEX facts_by_story ON facts (story_id)',
      `CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='articles', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2')`,
      `CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO article_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
      END`,
      `CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO article_fts (article_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      END`,
      `CREATE VIRTUAL TABLE fact_fts USING fts5(text, content='facts', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2')`,
      `CREATE TRIGGER facts_fts_insert AFTER INSERT ON facts BEGIN
        INSERT INTO fact_fts (rowid, text) VALUES (new.seq, new.text);
      END`,
      `CREATE TRIGGER facts_fts_delete AFTER DELETE ON facts BEGIN
        INSERT INTO fact_fts (fact_fts, rowid, text) VALUES ('delete', old.seq, old.text);
      END`,
    ],
  },
  {
    version: 2,
    description: 'index of article sources by story, for the outlets of a page of stories',
    statements: ['CREATE INDEX articles_by_story_source ON articles (story_id, source)'],
  },
];

export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/** The version the database has reached (0 for an empty one). */
export function schemaVersion(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT max(version) AS version FROM schema_version').get() as { version: number | null };
  return row.version ?? 0;
}

/**
 * Applies the migrations the database lacks, in order, in one transaction; returns the versions
 * applied. Throws `StoreUnavailableError` when the database is newer than this code.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  const latest = ordered.at(-1)?.version ?? 0;
  const apply = db.transaction((): number[] => {
    const current = schemaVersion(db);
    if (current > latest) throw new StoreUnavailableError(`store schema version ${current} is newer than this newsdesk's (${latest})`);
    const applied: number[] = [];
    for (const migration of ordered) {
      if (migration.version <= current) continue;
      for (const statement of migration.statements) db.exec(statement);
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(migration.version);
      applied.push(migration.version);
    }
    return applied;
  });
  return apply.immediate();
}
