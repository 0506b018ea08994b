/**
 * Transparent gzip: any input whose first bytes are the gzip magic number is inflated through a
 * zlib stream, with a cap on the decompressed size (gzip bombs).
 *
 * Problems it reports: `truncated-gzip` (the data ends before the gzip trailer), `corrupt-gzip`
 * (not valid deflate data), `decompressed-too-large` (more than `maxDecompressedBytes`).
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { endGenerator, type ByteStream, type Problem } from './stream.ts';

const gzipMagic = [0x1f, 0x8b] as const;

/** True when the bytes start with the gzip magic number. */
export function isGzipData(head: Buffer): boolean {
  return head.length >= 2 && head[0] === gzipMagic[0] && head[1] === gzipMagic[1];
}

/** True when a file name ends in `.gz` (the kind is then read from the name before it). */
export function isGzipName(name: string): boolean {
  return /\.gz$/i.test(name);
}

/** `dump.jsonl.gz` → `dump.jsonl`. */
export function stripGzipName(name: string): string {
  return name.replace(/\.gz$/i, '');
}

/** Inflates a gzip stream, stopping (with a problem) past `maxBytes` of output. */
export function gunzipStream(input: ByteStream, maxBytes: number): ByteStream {
  let problem: Problem | null = null;
  async function* chunks(): AsyncGenerator<Buffer> {
    const gunzip = createGunzip();
    const feeding = pipeline(Readable.from(input.chunks), gunzip).catch(() => undefined);
    let total = 0;
    try {
      for await (const chunk of gunzip as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > maxBytes) {
          problem = tooLarge(maxBytes);
          return;
        }
        yield chunk;
      }
    } catch (cause) {
      problem = describeZlibError(cause, total);
    } finally {
      gunzip.destroy();
      await feeding;
    }
  }
  const generator = chunks();
  const close = async (): Promise<void> => {
    await endGenerator(generator);
    await input.close();
  };
  return { chunks: generator, problem: () => input.problem() ?? problem, close };
}

function tooLarge(maxBytes: number): Problem {
  const mb = (maxBytes / (1024 * 1024)).toFixed(0);
  return { rule: 'decompressed-too-large', message: `gzip data inflates to more than ${mb} MB (the decompressed-size cap); read stopped` };
}

function describeZlibError(cause: unknown, inflated: number): Problem {
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  if (code === 'Z_BUF_ERROR') {
    return { rule: 'truncated-gzip', message: `gzip data is truncated: it ends early, after ${inflated} decompressed bytes` };
  }
  const reason = cause instanceof Error ? cause.message : String(cause);
  return { rule: 'corrupt-gzip', message: `gzip data is corrupt (${reason}) after ${inflated} decompressed bytes` };
}
