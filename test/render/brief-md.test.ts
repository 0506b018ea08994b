import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../../src/brief/index.ts';
import { analyzeStory, defaultFactsOptions } from '../../src/facts/index.ts';
import { renderBriefsMarkdown } from '../../src/render/brief-md.ts';
import { bridgeStory } from '../fixtures/facts/stories.ts';

const context = bridgeStory();
const brief = buildBrief(context, analyzeStory(context, defaultFactsOptions));
const md = renderBriefsMarkdown([brief]);

test('markdown has the brief sections', () => {
  for (const title of ['### Summary', '### Facts', '### Conflicts', '### Timeline', '### Coverage']) {
    assert.ok(md.includes(title), title);
  }
});

test('article text cannot become markup', () => {
  assert.ok(!md.includes('<script>'));
  assert.ok(md.includes('\\<script\\>'));
});
