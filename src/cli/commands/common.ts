import { DEFAULT_STORE_LOCATION } from '../../store/index.ts';
import type { CliIO } from '../io.ts';
import type { OutputFormat } from '../output.ts';

/** Flags every reading command takes. */
export interface CommonFlags {
  readonly format?: OutputFormat;
  readonly out?: string;
  readonly quiet?: boolean;
  /** Reference date (YYYY-MM-DD) for relative dates of undated articles. */
  readonly date?: string;
}

/** Bad usage of a command: exit code 2. */
export class UsageError extends Error {}

/** The environment variable naming the store when `--db` is not given (a file path or a postgres:// URL). */
export const STORE_ENV = 'NEWSDESK_DB';

/** The store a command uses: `--db`, else `$NEWSDESK_DB` when set and not empty, else `newsdesk.db` here. */
export function storeLocation(db: string | undefined, env: CliIO['env']): string {
  if (db !== undefined) return db;
  const fromEnv = env[STORE_ENV]?.trim();
  return fromEnv === undefined || fromEnv === '' ? DEFAULT_STORE_LOCATION : fromEnv;
}
