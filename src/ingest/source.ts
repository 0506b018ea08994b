/**
 * Where the bytes of one input come from: a file, content already in memory, or a stream such as
 * standard input. Opening never throws; read errors surface as the stream's `Problem`.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Origin } from './article.ts';
import { describeReadError, guardChunks, memoryStream, type ByteStream } from './stream.ts';

export interface ByteSource {
  /** The name whose extension tells the kind (`dump.jsonl.gz`); may be empty. */
  readonly name: string;
  /** Size in bytes when known before reading (a regular file, content in memory). */
  readonly size: number | null;
  readonly origin: Origin;
  open(): ByteStream;
}

export interface FileEntry {
  readonly path: string;
  /** null for a pipe (e.g. shell process substitution), whose size is unknown. */
  readonly size: number | null;
}

/** Files up to this size are read in one call (much cheaper than a stream for many small files). */
const wholeFileBytes = 256 * 1024;

/** A file on disk: small files are read whole, larger ones (and pipes) as a stream. */
export function fileSource(file: FileEntry): ByteSource {
  const small = file.size !== null && file.size <= wholeFileBytes;
  return {
    name: file.path,
    size: file.size,
    origin: { path: file.path, articlePath: file.path, notes: [] },
    open: () => guardChunks(() => (small ? readWhole(file.path) : createReadStream(file.path)), describeReadError),
  };
}

async function* readWhole(path: string): AsyncGenerator<Buffer> {
  const bytes = await readFile(path);
  if (bytes.length > 0) yield bytes;
}

/** Content already in memory (e.g. an HTTP upload); `name` gives the kind by extension and the path. */
export function memorySource(name: string, content: Buffer | string): ByteSource {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return {
    name,
    size: bytes.length,
    origin: { path: name, articlePath: name, notes: [] },
    open: () => memoryStream(bytes),
  };
}

/** A stream of unknown size, e.g. standard input (path `-`; a single text article then has no path). */
export function streamSource(stream: NodeJS.ReadableStream, path = '-'): ByteSource {
  return {
    name: '',
    size: null,
    origin: { path, articlePath: path === '-' ? null : path, notes: [] },
    open: () => guardChunks(() => stream as AsyncIterable<Buffer | string>, describeReadError),
  };
}
