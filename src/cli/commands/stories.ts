/**
 * `newsdesk stories [--db FILE|URL] [--format json|md]`: the stories in the store, largest first, as
 * the `newsdesk/stories@1` document (shared/spec/brief.md) or a Markdown table. Exit 1 when the
 * store does not exist, 2 for bad usage.
 */
import { openStore, storeExists, StoreUnavailableError, type Store, type StoryRow } from '../../store/index.ts';
import { markdownEscape } from '../../render/markdown.ts';
import type { CliIO } from '../io.ts';
import { chooseFormat, openOutput } from '../output.ts';
import { storeLocation, UsageError, type CommonFlags } from './common.ts';

export const STORIES_SCHEMA = 'newsdesk/stories@1';

export interface StoreFlags extends Omit<CommonFlags, 'date'> {
  /** The store: a SQLite file path or a `postgres://` URL (default `$NEWSDESK_DB`, else `newsdesk.db`). */
  readonly db?: string;
}

export type OpenedStore = { readonly store: Store } | { readonly code: number };

/** Opens an existing store for reading; on failure says why on stderr and gives the exit code. */
export async function openStoreForReading(flags: StoreFlags, io: CliIO): Promise<OpenedStore> {
  const location = storeLocation(flags.db, io.env);
  if (!storeExists(location)) {
    io.stderr.write(`newsdesk: no store at ${location} (add articles with: newsdesk ingest PATH... --db ${location})\n`);
    return { code: 1 };
  }
  try {
    return { store: await openStore(location) };
  } catch (err) {
    if (!(err instanceof StoreUnavailableError)) throw err;
    io.stderr.write(`newsdesk: --db ${location}: ${err.message}\n`);
    return { code: 2 };
  }
}

export async function runStories(flags: StoreFlags, io: CliIO): Promise<number> {
  const format = chooseFormat(flags.format, io, flags.out);
  if (format !== 'json' && format !== 'md') throw new UsageError('stories prints json or md');
  const opened = await openStoreForReading(flags, io);
  if ('code' in opened) return opened.code;
  try {
    const rows = await opened.store.listStories();
    const output = openOutput(io, flags.out);
    try {
      output.write(format === 'json' ? renderStoriesJson(rows) : renderStoriesMarkdown(rows));
    } finally {
      output.close();
    }
    return 0;
  } finally {
    await opened.store.close();
  }
}

export function renderStoriesJson(rows: readonly StoryRow[]): string {
  return `${JSON.stringify({ schema: STORIES_SCHEMA, stories: rows }, null, 2)}\n`;
}

export function renderStoriesMarkdown(rows: readonly StoryRow[]): string {
  const header = '| story | headline | event date | articles | sources | corroborated | disputed | updated |\n| --- | --- | --- | --: | --: | --: | --: | --- |';
  const lines = rows.map((r) =>
    [
      `\`${r.id}\``,
      markdownEscape(r.headline),
      r.eventDate?.value ?? '',
      r.articles,
      r.sources,
      r.corroborated,
      r.disputed,
      r.updatedAt.slice(0, 16).replace('T', ' '),
    ].join(' | '),
  );
  const table = rows.length === 0 ? 'No stories yet.' : `${header}\n${lines.map((l) => `| ${l} |`).join('\n')}`;
  return `# Stories (${rows.length})\n\n${table}\n`;
}
