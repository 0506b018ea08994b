/**
 * Reads one input: inflates gzip, checks for empty and binary content, decides the kind (extension
 * first, else sniffed), then streams JSON Lines line by line or reads a single document (text,
 * HTML, feed) whole, up to `maxDocumentBytes`.
 *
 * Rules: `empty-input`, `binary-input`, `too-large`, `invalid-utf8`, `unreadable`, `symlink-loop`,
 * the gzip rules of gzip.ts, the feed rules of feed.ts and the line rules of jsonl.ts.
 */
import type { InputKind, RawArticle, Rejected } from '../types.ts';
import { rejectProblem, warnProblem, type Origin } from './article.ts';
import { decodeChecked } from './decode.ts';
import { findBinary, hasUtf16Bom, kindFromName, sniffKind } from './detect.ts';
import { readFeed } from './feed.ts';
import { gunzipStream, isGzipData, isGzipName, stripGzipName } from './gzip.ts';
import { readJsonLines } from './jsonl.ts';
import { linesOfText, splitLines } from './lines.ts';
import type { IngestOptions } from './options.ts';
import type { ByteSource } from './source.ts';
import { collectStream, peekStream, type ByteStream } from './stream.ts';
import { emptyInput, readHtmlDocument, readTextDocument } from './text.ts';

/** An opened input, its kind decided. */
interface Opened {
  readonly stream: ByteStream;
  readonly kind: InputKind;
  readonly compressed: boolean;
  readonly utf16: boolean;
  readonly origin: Origin;
}

export async function* readSource(source: ByteSource, options: IngestOptions): AsyncGenerator<RawArticle | Rejected> {
  const { origin } = source;
  if (source.size === 0) return yield emptyInput(origin);
  const named = kindFromName(isGzipName(source.name) ? stripGzipName(source.name) : source.name);
  if (named !== null && named !== 'jsonl' && !isGzipName(source.name) && isOverLimit(source.size, options)) {
    return yield tooLarge(origin, source.size ?? 0, options);
  }
  const opened = await openSource(source, named, options);
  try {
    if (opened.kind === 'rejected') yield opened.rejected;
    else yield* readOpened(opened, source.size, options);
  } finally {
    await opened.stream.close();
  }
}

function readOpened(opened: Opened, size: number | null, options: IngestOptions): AsyncGenerator<RawArticle | Rejected> {
  if (opened.kind === 'jsonl' && !opened.utf16) {
    const lines = splitLines(opened.stream.chunks, options.maxLineBytes);
    return readJsonLines({ lines, origin: opened.origin, maxInvalidUtf8Ratio: options.maxInvalidUtf8Ratio, problem: opened.stream.problem });
  }
  if (!opened.compressed && isOverLimit(size, options)) return single(tooLarge(opened.origin, size ?? 0, options));
  return readDocument(opened, options);
}

async function* single(value: Rejected): AsyncGenerator<Rejected> {
  yield value;
}

function isOverLimit(size: number | null, options: IngestOptions): boolean {
  return size !== null && size > options.maxDocumentBytes;
}

function tooLarge(origin: Origin, size: number, options: IngestOptions): Rejected {
  const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1);
  const known = size > 0 ? `${mb(size)} MB, ` : '';
  return rejectProblem(origin.path, { rule: 'too-large', message: `document is too large (${known}over the ${mb(options.maxDocumentBytes)} MB limit); not read` });
}

/** Opens the bytes, inflates gzip, and rejects empty or binary content before the kind is decided. */
/** An input rejected once opened; its stream still has to be closed. */
interface RejectedOpen {
  readonly kind: 'rejected';
  readonly rejected: Rejected;
  readonly stream: ByteStream;
}

async function openSource(source: ByteSource, named: InputKind | null, options: IngestOptions): Promise<Opened | RejectedOpen> {
  let origin = source.origin;
  let { head, stream } = await peekStream(source.open(), options.sniffBytes);
  const compressed = isGzipData(head);
  if (compressed) ({ head, stream } = await peekStream(gunzipStream(stream, options.maxDecompressedBytes), options.sniffBytes));
  else if (isGzipName(source.name) && head.length > 0) {
    origin = { ...origin, notes: [...origin.notes, warnProblem(origin.path, { rule: 'not-gzip', message: 'named .gz but not gzip data; read as it is' })] };
  }
  const problem = stream.problem();
  if (head.length === 0) return { kind: 'rejected', stream, rejected: problem !== null ? rejectProblem(origin.path, problem) : emptyInput(origin) };
  const binary = findBinary(head);
  if (binary !== null) return { kind: 'rejected', stream, rejected: rejectProblem(origin.path, binary) };
  return { stream, kind: named ?? sniffKind(head), compressed, utf16: hasUtf16Bom(head), origin };
}

/** Reads a single document whole (bounded by `maxDocumentBytes`) and hands it to its reader. */
async function* readDocument(opened: Opened, options: IngestOptions): AsyncGenerator<RawArticle | Rejected> {
  const { origin } = opened;
  const collected = await collectStream(opened.stream, options.maxDocumentBytes);
  const problem = opened.stream.problem();
  if (problem !== null) return yield rejectProblem(origin.path, problem);
  if (collected.kind === 'too-large') return yield tooLarge(origin, 0, options);
  const decoded = decodeChecked(collected.bytes, options.maxInvalidUtf8Ratio);
  if (decoded.kind === 'problem') return yield rejectProblem(origin.path, decoded.problem);
  const notes = decoded.warning === null ? origin.notes : [...origin.notes, warnProblem(origin.path, decoded.warning)];
  const withNotes: Origin = { ...origin, notes };
  if (decoded.text.trim() === '') return yield emptyInput(withNotes);
  if (opened.kind === 'jsonl') {
    return yield* readJsonLines({ lines: linesOfText(decoded.text), origin: withNotes, maxInvalidUtf8Ratio: options.maxInvalidUtf8Ratio, problem: () => null });
  }
  if (opened.kind === 'feed') return yield* readFeed(decoded.text, withNotes);
  yield opened.kind === 'html' ? readHtmlDocument(decoded.text, withNotes) : readTextDocument(decoded.text, withNotes);
}
