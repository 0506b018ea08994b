import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linesOfText, splitLines, type ByteLine } from '../../src/ingest/lines.ts';

async function* chunksOf(...parts: string[]): AsyncGenerator<Buffer> {
  for (const part of parts) yield Buffer.from(part, 'utf8');
}

async function describe(lines: AsyncIterable<ByteLine>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) {
    out.push(line.kind === 'line' ? `${line.lineNo}:${line.bytes.toString('utf8')}${line.terminated ? '' : '…'}` : `${line.lineNo}:too-large(${line.size})`);
  }
  return out;
}

test('lines split across chunk boundaries are joined, CRLF endings are stripped', async () => {
  const lines = await describe(splitLines(chunksOf('ab', 'c\r\nde\n', '\nf', 'g'), 100));
  assert.deepEqual(lines, ['1:abc', '2:de', '3:', '4:fg…']);
});

test('a multi-byte character split between chunks survives', async () => {
  const bytes = Buffer.from('café\nnaïve\n', 'utf8');
  async function* halves(): AsyncGenerator<Buffer> {
    yield bytes.subarray(0, 4);
    yield bytes.subarray(4);
  }
  assert.deepEqual(await describe(splitLines(halves(), 100)), ['1:café', '2:naïve']);
});

test('an over-long line is reported by size and skipped; line numbers go on', async () => {
  const lines = await describe(splitLines(chunksOf('short\n', 'x'.repeat(30), 'y'.repeat(30), '\nnext\n'), 40));
  assert.deepEqual(lines, ['1:short', '2:too-large(60)', '3:next']);
});

test('an over-long last line without a line feed is still reported', async () => {
  assert.deepEqual(await describe(splitLines(chunksOf('z'.repeat(50)), 10)), ['1:too-large(50)']);
});

test('text already in memory gives the same shape of lines', async () => {
  assert.deepEqual(await describe(linesOfText('one\r\ntwo\n')), ['1:one', '2:two']);
});
