/**
 * Byte streams that never throw: a read or decompression error ends the stream early and is kept
 * as a `Problem`, which the reader turns into a `Rejected` value once it has used what came before.
 */

/** Why an input could not be read to its end: a rule id and a plain-words message. */
export interface Problem {
  readonly rule: string;
  readonly message: string;
}

export interface ByteStream {
  readonly chunks: AsyncGenerator<Buffer>;
  /** The problem that ended `chunks` early, or null while none happened. */
  problem(): Problem | null;
  /** Releases the underlying file or stream, read to its end or not. */
  close(): Promise<void>;
}

/** Ends a generator early (running its `finally`), ignoring what it returns. */
export async function endGenerator(generator: AsyncGenerator<unknown>): Promise<void> {
  await generator.return(undefined);
}

/** Wraps chunks so that an error ends the iteration and is recorded through `describe`. */
export function guardChunks(
  source: () => AsyncIterable<Buffer | string>,
  describe: (cause: unknown) => Problem,
): ByteStream {
  let problem: Problem | null = null;
  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of source()) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    } catch (cause) {
      problem = describe(cause);
    }
  }
  const generator = chunks();
  return { chunks: generator, problem: () => problem, close: () => endGenerator(generator) };
}

export interface Peeked {
  /** The first bytes of the stream (at least `bytes` of them unless the stream is shorter). */
  readonly head: Buffer;
  /** The whole stream again, head included. */
  readonly stream: ByteStream;
}

/** Reads the first `bytes` bytes of a stream without losing them. */
export async function peekStream(stream: ByteStream, bytes: number): Promise<Peeked> {
  const iterator = stream.chunks[Symbol.asyncIterator]();
  const buffered: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done === true) {
      done = true;
      break;
    }
    buffered.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(buffered).subarray(0, bytes);
  const generator = replay(buffered, iterator, done);
  const close = async (): Promise<void> => {
    await endGenerator(generator);
    await stream.close();
  };
  return { head, stream: { chunks: generator, problem: stream.problem, close } };
}

async function* replay(buffered: readonly Buffer[], iterator: AsyncIterator<Buffer>, done: boolean): AsyncGenerator<Buffer> {
  try {
    yield* buffered;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      yield next.value;
    }
  } finally {
    await iterator.return?.();
  }
}

export type Collected = { readonly kind: 'complete'; readonly bytes: Buffer } | { readonly kind: 'too-large'; readonly read: number };

/** Reads a whole stream into memory, stopping as soon as it grows past `maxBytes`. */
export async function collectStream(stream: ByteStream, maxBytes: number): Promise<Collected> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream.chunks) {
    length += chunk.length;
    if (length > maxBytes) return { kind: 'too-large', read: length };
    parts.push(chunk);
  }
  return { kind: 'complete', bytes: Buffer.concat(parts, length) };
}

/** A stream over bytes already in memory. */
export function memoryStream(bytes: Buffer): ByteStream {
  async function* chunks(): AsyncGenerator<Buffer> {
    if (bytes.length > 0) yield bytes;
  }
  const generator = chunks();
  return { chunks: generator, problem: () => null, close: () => endGenerator(generator) };
}

/** Plain words for a file-system or stream error. */
export function describeReadError(cause: unknown): Problem {
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  const reasons: Readonly<Record<string, string>> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a folder, not a file',
    ELOOP: 'symbolic link loop',
    EIO: 'input/output error',
  };
  const reason = reasons[code] ?? (cause instanceof Error ? cause.message : String(cause));
  return { rule: code === 'ELOOP' ? 'symlink-loop' : 'unreadable', message: `cannot be read: ${reason}` };
}
