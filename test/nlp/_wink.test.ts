import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createFreshWink } from '../../src/nlp/_wink.ts';

// wink-nlp keeps "Name's" whole when a comma follows it, and then remembered the whole word:
// every later "Name's" stayed one token instead of "Name" + "'s".
const earlier = 'Voters want a plan more daring than Governor Talvek\'s, the survey found.';
const later = 'Talvek\'s plan was read twice. Talvek\'s aides agreed.';

const values = ({ wink }: ReturnType<typeof createFreshWink>, text: string): string[] =>
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
  const { wink } = createFreshWink();
  const spans = (text: string): number[][] => wink.readDoc(text).sentences().out(wink.its.span) as unknown as number[][];
  const alone = spans(later);
  spans(earlier);
  assert.deepEqual(spans(later), alone);
});

test('the word tests read from the lexicon agree with wink reading each word alone', () => {
  const fresh = createFreshWink();
  const { wink } = fresh;
  const words = [
    'the', 'he', 'harbour', 'colour', 'color', "can't", "won't", "n't", "'s", '’s', 'u.s.', 'st.', 'the.', '(the',
    'mr.', 'e-mail', 'zqxvbrtq', 'talvek', '2024', 'ours', 'whom', 'a b', 'the\u00a0end', '', 'İ'.toLowerCase(),
    ...'It is, as they say, not what you would call theirs; yourselves and themselves did it anyway.'.toLowerCase().split(/\s+/),
  ];
  for (const word of words) {
    const flags = wink.readDoc(word).tokens().out(wink.its.stopWordFlag) as unknown as boolean[];
    assert.equal(fresh.isStopWord(word), flags.length === 1 && flags[0] === true, `stop word: ${JSON.stringify(word)}`);
    assert.equal(fresh.isKnownWord(word), !wink.readDoc('').isOOV(word), `known word: ${JSON.stringify(word)}`);
  }
});
