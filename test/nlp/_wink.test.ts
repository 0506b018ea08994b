import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createFreshWink } from '../../src/nlp/_wink.ts';

// wink-nlp keeps "Name's" whole when a comma follows it, and then remembered the whole word:
// every later "Name's" stayed one token instead of "Name" + "'s".
const earlier = 'Voters want a plan more daring than Governor Talvek\'s, the survey found.';
const later = 'Talvek\'s plan was read twice. Talvek\'s aides agreed.';

const values = (wink: ReturnType<typeof createFreshWink>, text: string): string[] =>
  wink.readDoc(text).tokens().out(wink.its.value) as string[];

test('a document is cut the same whatever was read before it', () => {
  const alone = values(createFreshWink(), later);
  const wink = createFreshWink();
  values(wink, earlier);
  assert.deepEqual(values(wink, later), alone);
  assert.ok(alone.includes('Talvek'), alone.join('|'));
});

test('within one document wink still remembers, as a fresh instance does', () => {
  const text = `${earlier} ${later}`;
  const wink = createFreshWink();
  values(wink, 'Nothing here.');
  assert.deepEqual(values(wink, text), values(createFreshWink(), text));
});

test('sentences do not depend on the history either', () => {
  const wink = createFreshWink();
  const spans = (text: string): number[][] => wink.readDoc(text).sentences().out(wink.its.span) as unknown as number[][];
  const alone = spans(later);
  spans(earlier);
  assert.deepEqual(spans(later), alone);
});
