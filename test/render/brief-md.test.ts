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

test('articles are listed once each (label, date, title or path) and cited by short labels', () => {
  const articles = md.slice(md.indexOf('### Articles'));
  for (const a of brief.articles) {
    const line = articles.split('\n').find((l) => l.includes(a.id.slice(0, 6)));
    assert.ok(line, `no line for ${a.id}`);
    assert.equal(line.split(a.path ?? '\u0000').length - 1 <= 1, true, 'path printed once at most');
  }
  assert.ok(!/\[[^\]]*\/[^\]]*\]/.test(md.slice(0, md.indexOf('### Articles'))), 'no long paths in citations');
});
