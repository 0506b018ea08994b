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
