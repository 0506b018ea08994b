import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import * as quotes from '../../src/quotes/index.ts';
import { defaultQuotesOptions, findQuotes, type QuoteInput } from '../../src/quotes/index.ts';

const fixtures = new URL('../fixtures/quotes/', import.meta.url);

function input(text: string): QuoteInput {
  return { text, paragraphs: [], sentences: [], entities: [] };
}

test('index exports exactly the public API', () => {
  assert.deepEqual(Object.keys(quotes).sort(), ['defaultQuotesOptions', 'findQuotes', 'groupQuotes', 'normalizeQuoteText']);
});

test('fixtures: quotes, kinds and speakers match expected.json (UPDATE=1 rewrites)', () => {
  for (const name of readdirSync(fixtures).sort()) {
    const dir = new URL(`${name}/`, fixtures);
    const text = readFileSync(new URL('input.txt', dir), 'utf8');
    const options = existsSync(new URL('options.json', dir)) ? JSON.parse(readFileSync(new URL('options.json', dir), 'utf8')) : {};
    const found = findQuotes(input(text), { ...defaultQuotesOptions, ...options });
    const actual = {
      quotes: found.quotes.map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker?.name ?? null })),
      diagnostics: found.diagnostics.map((d) => d.rule),
    };
    const expectedUrl = new URL('expected.json', dir);
    if (process.env.UPDATE === '1') writeFileSync(expectedUrl, `${JSON.stringify(actual, null, 2)}\n`);
    assert.deepEqual(actual, JSON.parse(readFileSync(expectedUrl, 'utf8')), name);
  }
});

test('every quote span holds its text in the input', () => {
  const text = 'Lena Park said: "The vote is on Monday." Later, "we will see," she added.';
  for (const q of findQuotes(input(text), defaultQuotesOptions).quotes) {
    assert.equal(text.slice(q.span.start, q.span.end), q.text);
    assert.match(q.id, /^[0-9a-f]{16}$/);
  }
});

test('a speaker below minSpeakerConfidence gets a low-confidence-speaker warning', () => {
  const text = 'The committee met again.\n\nAfter hours of talks, Rosa Lindqvist left the room, visibly "exhausted but hopeful about the outcome".';
  const found = findQuotes(input(text), { ...defaultQuotesOptions, minSpeakerConfidence: 0.99 });
  assert.equal(found.quotes[0]?.speaker?.name, 'Rosa Lindqvist');
  const warning = found.diagnostics.find((d) => d.rule === 'low-confidence-speaker');
  assert.equal(warning?.severity, 'warning');
  assert.equal(warning?.source, 'quotes');
});

test('no quotes, no diagnostics', () => {
  assert.deepEqual(findQuotes(input('Nothing was said today.'), defaultQuotesOptions), { quotes: [], diagnostics: [] });
});
