/**
 * Splits a byte stream into lines with bounded memory: a line longer than `maxLineBytes` is not
 * kept; its bytes are skipped up to the next line feed and it is reported by its size alone.
 * Splitting on the byte 0x0A is safe for UTF-8 (no multi-byte sequence contains it).
 */

export type ByteLine =
  | { readonly kind: 'line'; readonly lineNo: number; readonly bytes: Buffer; readonly terminated: boolean }
  | { readonly kind: 'too-large'; readonly lineNo: number; readonly size: number };

const lineFeed = 0x0a;

/** Mutable state of one split: the bytes of the line being read. */
interface Pending {
  parts: Buffer[];
  size: number;
  lineNo: number;
}

export async function* splitLines(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<ByteLine> {
  const pending: Pending = { parts: [], size: 0, lineNo: 1 };
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(lineFeed); end >= 0; end = chunk.indexOf(lineFeed, start)) {
      yield finishLine(pending, chunk.subarray(start, end), maxLineBytes, true);
      start = end + 1;
    }
    if (start < chunk.length) append(pending, chunk.subarray(start), maxLineBytes);
  }
  if (pending.size > 0) yield finishLine(pending, Buffer.alloc(0), maxLineBytes, false);
}

/** Adds bytes to the line being read; once it is too long only its size is counted. */
function append(pending: Pending, bytes: Buffer, maxLineBytes: number): void {
  pending.size += bytes.length;
  if (pending.size <= maxLineBytes) pending.parts.push(Buffer.from(bytes));
  else pending.parts = [];
}

function finishLine(pending: Pending, tail: Buffer, maxLineBytes: number, terminated: boolean): ByteLine {
  const size = pending.size + tail.length;
  const lineNo = pending.lineNo;
  const parts = pending.parts;
  pending.parts = [];
  pending.size = 0;
  pending.lineNo += 1;
  if (size > maxLineBytes) return { kind: 'too-large', lineNo, size };
  const bytes = parts.length === 0 ? tail : Buffer.concat([...parts, tail], size);
  return { kind: 'line', lineNo, bytes: stripCarriageReturn(bytes), terminated };
}

function stripCarriageReturn(bytes: Buffer): Buffer {
  return bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, bytes.length - 1) : bytes;
}

/** The lines of a text already in memory, in the same shape. */
export async function* linesOfText(text: string): AsyncGenerator<ByteLine> {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const [index, line] of lines.entries()) {
    const bytes = stripCarriageReturn(Buffer.from(line, 'utf8'));
    yield { kind: 'line', lineNo: index + 1, bytes, terminated: true };
  }
}
