import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectStream, describeReadError, guardChunks, memoryStream, peekStream } from '../../src/ingest/stream.ts';

async function* parts(...texts: string[]): AsyncGenerator<Buffer> {
  for (const t of texts) yield Buffer.from(t);
}

test('peeking returns the head and replays the whole stream', async () => {
  const source = guardChunks(() => parts('ab', 'cd', 'ef'), describeReadError);
  const { head, stream } = await peekStream(source, 3);
  assert.equal(head.toString(), 'abc');
  const all = await collectStream(stream, 100);
  assert.equal(all.kind === 'complete' ? all.bytes.toString() : '', 'abcdef');
});

test('collecting stops past the limit', async () => {
  assert.deepEqual(await collectStream(memoryStream(Buffer.from('0123456789')), 5), { kind: 'too-large', read: 10 });
});

test('an error while reading ends the stream and is kept as a problem', async () => {
  async function* failing(): AsyncGenerator<Buffer> {
    yield Buffer.from('partial');
    throw Object.assign(new Error('denied'), { code: 'EACCES' });
  }
  const stream = guardChunks(failing, describeReadError);
  const all = await collectStream(stream, 100);
  assert.equal(all.kind === 'complete' ? all.bytes.toString() : '', 'partial');
  assert.deepEqual(stream.problem(), { rule: 'unreadable', message: 'cannot be read: permission denied' });
});

test('closing a peeked stream releases the source early', async () => {
  let finished = false;
  async function* endless(): AsyncGenerator<Buffer> {
    try {
      for (;;) yield Buffer.from('x'.repeat(100));
    } finally {
      finished = true;
    }
  }
  const { stream } = await peekStream(guardChunks(endless, describeReadError), 10);
  await stream.close();
  assert.equal(finished, true);
});
