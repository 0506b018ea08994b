/**
 * The PostgreSQL schema as an ordered list of migrations. `schema_migrations` holds one row per
 * version applied. Opening a store applies the missing migrations, in order, in one transaction
 * under a transaction-level advisory lock, so several processes opening one fresh database at once
 * migrate it exactly once (the others wait, then find nothing to do). A migration is never edited
 * once released: a change of schema is a new entry at the end.
 *
 * Version 1 mirrors the SQLite schema (see ../sqlite/migrations.ts), with:
 * - `articles.seq` a bigserial: the stored (arrival) order;
 * - `search` tsvector columns generated from the texts ('english' configuration: stemmed, stop
 *   words dropped; the title weighs more than the body) with GIN indexes, in place of FTS5 tables
 *   and their triggers; being generated, they can never disagree with the text.
 * JSON values are kept as `text` (not jsonb) so they come back byte for byte, key order included.
 *
 * Version 2: the text search configuration `newsdesk_english` ('english' that first strips accents,
 * as SQLite's `remove_diacritics` does), and the search columns regenerated with it.
 *
 * Version 3: `articles_by_story_source`, as SQLite's version 2: the outlets of a page of stories
 * read from the index alone (an index-only scan), not from the wide article rows.
 *
 * Version 4: an article's search vector moves to its own table, `article_search` (written once,
 * with the article). A stored generated column is recomputed on every UPDATE of its row, so
 * setting `story_id` (every article, once per story round) re-parsed the whole text into a new
 * tsvector and re-indexed it in the GIN index: a second of a round's serial write for 840 long
 * reports, for nothing.
 *
 * Version 5: the long text columns (an article's text, entities, dates and annotated data, a story's
 * brief) compressed with lz4 rather than pglz when they go to TOAST: the server's CPU for writing
 * annotated articles falls by about a sixth (0.60 to 0.49 s for 400 long reports), which every
 * worker sharing the store pays. Only new values are compressed so; on a server built without lz4
 * the migration changes nothing and says so in a notice.
 */
import type pg from 'pg';
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
        seq bigserial PRIMARY KEY,
        id text NOT NULL UNIQUE,
        story_id text,
        path text,
        source text,
        url text,
        title text,
        published_at text,
        wire text,
        words integer NOT NULL,
        text text NOT NULL,
        entities text NOT NULL,
        dates text NOT NULL,
        data text NOT NULL,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', coalesce(title, '')), 'A') || to_tsvector('english', text)
        ) STORED
      )`,
      'CREATE INDEX articles_by_story ON articles (story_id, seq)',
      'CREATE INDEX articles_search ON articles USING gin (search)',
      `CREATE TABLE stories (
        id text PRIMARY KEY,
        headline text NOT NULL,
        event_date text,
        event_precision text,
        articles integer NOT NULL,
        sources integer NOT NULL,
        corroborated integer NOT NULL,
        disputed integer NOT NULL,
        first_seq bigint NOT NULL,
        updated_at text NOT NULL,
        brief text NOT NULL
      )`,
      'CREATE INDEX stories_by_size ON stories (articles DESC, first_seq, id)',
      'CREATE TABLE story_entities (entity_id text NOT NULL, story_id text NOT NULL, PRIMARY KEY (entity_id, story_id))',
      'CREATE INDEX story_entities_by_story ON story_entities (story_id)',
      `CREATE TABLE facts (
        seq bigserial PRIMARY KEY,
        story_id text NOT NULL,
        fact_id text NOT NULL,
        text text NOT NULL,
        search tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
      )`,
      'CREATE INDEX facts_by_story ON facts (story_id)',
      'CREATE INDEX facts_search ON facts USING gin (search)',
    ],
  },
  {
    version: 2,
    description: 'search ignores accents, as the SQLite store does',
    statements: [
      // 'english' with the unaccent dictionary first. unaccent is a trusted contrib extension (any
      // user who may create in the database can add it); where it is missing, search keeps accents.
      `DO $$
      DECLARE dictionary text;
      BEGIN
        CREATE TEXT SEARCH CONFIGURATION newsdesk_english (COPY = pg_catalog.english);
        BEGIN
          CREATE EXTENSION IF NOT EXISTS unaccent;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'newsdesk: no unaccent extension (%), search stays accent-sensitive', SQLERRM;
          RETURN;
        END;
        SELECT format('%I.%I', n.nspname, d.dictname) INTO dictionary
          FROM pg_ts_dict d JOIN pg_namespace n ON n.oid = d.dictnamespace WHERE d.dictname = 'unaccent' LIMIT 1;
        EXECUTE format('ALTER TEXT SEARCH CONFIGURATION newsdesk_english ALTER MAPPING FOR hword, hword_part, word WITH %s, english_stem', dictionary);
      END $$`,
      'ALTER TABLE articles DROP COLUMN search',
      `ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('newsdesk_english', coalesce(title, '')), 'A') || to_tsvector('newsdesk_english', text)
      ) STORED`,
      'CREATE INDEX articles_search ON articles USING gin (search)',
      'ALTER TABLE facts DROP COLUMN search',
      `ALTER TABLE facts ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('newsdesk_english', text)) STORED`,
      'CREATE INDEX facts_search ON facts USING gin (search)',
    ],
  },
  {
    version: 3,
    description: 'index of article sources by story, for the outlets of a page of stories',
    statements: ['CREATE INDEX articles_by_story_source ON articles (story_id, source)'],
  },
  {
    version: 4,
    description: 'article search vectors in their own table, so story assignments do not recompute them',
    statements: [
      'CREATE TABLE article_search (seq bigint PRIMARY KEY, search tsvector NOT NULL)',
      'INSERT INTO article_search (seq, search) SELECT seq, search FROM articles',
      'ALTER TABLE articles DROP COLUMN search',
      'CREATE INDEX article_search_index ON article_search USING gin (search)',
    ],
  },
  {
    version: 5,
    description: 'long text columns compressed with lz4 where the server has it',
    statements: [
      `DO $$
      BEGIN
        EXECUTE 'ALTER TABLE articles ALTER COLUMN text SET COMPRESSION lz4, ALTER COLUMN entities SET COMPRESSION lz4, '
          || 'ALTER COLUMN dates SET COMPRESSION lz4, ALTER COLUMN data SET COMPRESSION lz4';
        EXECUTE 'ALTER TABLE stories ALTER COLUMN brief SET COMPRESSION lz4';
      EXCEPTION WHEN feature_not_supported OR syntax_error THEN
        RAISE NOTICE 'newsdesk: this server cannot compress with lz4 (%); values stay compressed with pglz', SQLERRM;
      END $$`,
    ],
  },
];

export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/** Key of the advisory lock that serialises migrations (any constant shared by every newsdesk). */
const MIGRATION_LOCK = 7_310_482_117;

/** The version the database has reached (0 for an empty one, without `schema_migrations`). */
export async function schemaVersion(client: pg.ClientBase): Promise<number> {
  const present = await client.query<{ present: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
  if (present.rows[0]?.present !== true) return 0;
  const result = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
  return result.rows[0]?.version ?? 0;
}

/**
 * Applies the migrations the database lacks, in order, in one transaction holding the migration
 * lock; returns the versions applied. Throws `StoreUnavailableError` when the database is newer
 * than this code. On any failure nothing of the run is kept.
 */
export async function migrate(client: pg.ClientBase, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  const latest = ordered.at(-1)?.version ?? 0;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const current = await schemaVersion(client);
    if (current > latest) throw new StoreUnavailableError(`store schema version ${current} is newer than this newsdesk's (${latest})`);
    // Only a database that lacks migrations needs the right to create tables: readers need not have it.
    if (current < latest) {
      await client.query(
        `CREATE TABLE IF NOT EXISTS schema_migrations (
          version integer PRIMARY KEY,
          description text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        )`,
      );
    }
    const applied: number[] = [];
    for (const migration of ordered) {
      if (migration.version <= current) continue;
      for (const statement of migration.statements) await client.query(statement);
      await client.query('INSERT INTO schema_migrations (version, description) VALUES ($1, $2)', [migration.version, migration.description]);
      applied.push(migration.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (err) {
    // The migration's own error is the one to report, even if the connection is gone for the rollback.
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
