import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyQuote } from '../../src/quotes/classify.ts';
import { buildContext } from '../../src/quotes/context.ts';
import { scanQuotes, splitParagraphs } from '../../src/quotes/scan.ts';

function kinds(text: string): string[] {
  const paragraphs = splitParagraphs(text);
  const quotes = scanQuotes(text, paragraphs);
  const ctx = buildContext(text, paragraphs, quotes, []);
  return quotes.map((q) => classifyQuote(ctx, q));
}

test('a quote that opens its sentence or follows a colon is full', () => {
  assert.deepEqual(kinds('“We will rebuild the bridge,” the mayor said. She added: “It will take a year.”'), ['full', 'full']);
});

test('a fragment inside the writer’s sentence is partial', () => {
  assert.deepEqual(kinds('The senator described the bill as “a gift to the banks” in a speech.'), ['partial']);
});

test('a short quoted term with no speech verb near is a scare quote', () => {
  assert.deepEqual(kinds('The “smart fence” project was delayed again by the weather this spring.'), ['scare']);
});

test('a named term (so-called, dubbed) is a scare quote even near a speech verb', () => {
  assert.deepEqual(kinds('Officials said the so-called “quiet zone” would stay.'), ['scare']);
});

test('a short quote right after a speech verb is speech', () => {
  assert.deepEqual(kinds('Asked about the delay, Ortiz said “no comment” and left.'), ['partial']);
});
