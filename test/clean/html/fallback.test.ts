import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestRun, densityBlocks } from '../../../src/clean/html/fallback.ts';
import { parseDocument } from '../../../src/clean/html/_dom.ts';

const sentence = (n: number): string => `Sentence ${n} is a full line of body text about the flood and the repairs that followed it.`;

test('bestRun finds the maximum-sum contiguous run', () => {
  assert.deepEqual(bestRun([-5, 10, -2, 10, -30, 4]), { start: 1, end: 4 });
  assert.deepEqual(bestRun([-1, -2]), { start: 0, end: 0 });
});

test('the density extractor keeps the text-rich run and drops link lists and chrome', () => {
  const links = Array.from({ length: 6 }, (_, i) => `<li><a href="/${i}">Other headline number ${i}</a></li>`).join('');
  const page = `<html><body><nav><a href="/">Home</a></nav><div><ul>${links}</ul></div>
    <div><p>${sentence(1)}</p><p>${sentence(2)}</p><p>${sentence(3)}</p></div>
    <div><ul>${links}</ul></div><footer>Footer text here</footer></body></html>`;
  const blocks = densityBlocks(parseDocument(page), 8);
  assert.deepEqual(blocks.map((b) => b.text), [sentence(1), sentence(2), sentence(3)]);
});
