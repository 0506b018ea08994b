/**
 * The ingest stage: input → `RawArticle | Rejected`, one value at a time.
 *
 * Reads plain text, HTML (passed through whole; clean extracts it), RSS 2.0 / RSS 1.0 / Atom feeds
 * (one article per item), JSON Lines (streamed, one article per line) and any of them gzip-compressed.
 * Memory stays bounded whatever the input size: single documents over `maxDocumentBytes` are
 * rejected unread, JSON Lines are streamed. Bad input never throws: it becomes a `Rejected` value
 * whose error diagnostic (source `ingest`) names the reason, and reading goes on.
 *
 * Rules (errors): `unreadable`, `symlink-loop`, `empty-folder`, `not-a-file`, `empty-input`,
 * `binary-input`, `invalid-utf8`, `too-large`, `truncated-gzip`, `corrupt-gzip`,
 * `decompressed-too-large`, `malformed-feed`, `not-a-feed`, `empty-feed`, `empty-item`,
 * `malformed-json`, `not-an-object`, `line-too-large`.
 * Rules (warnings on kept articles): `invalid-utf8` (a few invalid sequences replaced),
 * `unreadable-date`, `not-gzip` (named `.gz` but not compressed).
 */
import type { RawArticle, Rejected } from '../types.ts';
import type { IngestOptions } from './options.ts';
import { readSource } from './read-source.ts';
import { fileSource, memorySource, streamSource } from './source.ts';
import { walkPath } from './walk.ts';

export type { IngestOptions } from './options.ts';
export { defaultIngestOptions } from './options.ts';

export interface IngestIO {
  readonly stdin: NodeJS.ReadableStream;
}

/**
 * Reads every PATH (file, folder recursively in sorted order, or '-' for stdin) and yields articles
 * one by one, streaming: memory stays bounded whatever the input size. Never throws for bad input.
 */
export async function* readInputs(paths: readonly string[], options: IngestOptions, io: IngestIO): AsyncGenerator<RawArticle | Rejected> {
  for (const path of paths) {
    if (path === '-') {
      yield* readSource(streamSource(io.stdin), options);
      continue;
    }
    for await (const entry of walkPath(path)) {
      if (entry.kind === 'rejected') yield entry;
      else yield* readSource(fileSource(entry), options);
    }
  }
}

/** Same for content already in memory (used by the HTTP API): `name` gives the kind by extension. */
export async function* readInputContent(name: string, content: Buffer | string, options: IngestOptions): AsyncGenerator<RawArticle | Rejected> {
  yield* readSource(memorySource(name, content), options);
}
