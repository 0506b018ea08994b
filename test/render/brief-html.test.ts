import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../../src/brief/index.ts';
import { analyzeStory, defaultFactsOptions } from '../../src/facts/index.ts';
import { escapeHtml, renderBriefsHtml } from '../../src/render/brief-html.ts';
import { bridgeStory } from '../fixtures/facts/stories.ts';

const context = bridgeStory();
const brief = buildBrief(context, analyzeStory(context, defaultFactsOptions));
const page = renderBriefsHtml([brief]);

test('article text is escaped: no script or injected element survives', () => {
  assert.ok(brief.facts.some((f) => f.text.includes('<script>')), 'the payload should reach the brief');
  assert.ok(!page.includes('<script'));
  assert.ok(!page.includes('<img'));
  assert.ok(page.includes('&#60;script&#62;'));
  assert.equal(escapeHtml(`"'<>&`), '&#34;&#39;&#60;&#62;&#38;');
});

test('the page is self-contained and links citations to evidence', () => {
  assert.ok(!/\s(?:src|href)="(?:https?:)?\/\//.test(page));
  assert.ok(page.includes('<style>'));
  assert.match(page, /href="#fact-[0-9a-f]+"/);
  assert.match(page, /id="article-lantern"/);
});

test('disputed facts and conflicts stand out, with a coverage matrix', () => {
  assert.match(page, /class="fact disputed"/);
  assert.match(page, /<span class="badge disputed">disputed<\/span>/);
  assert.match(page, /<span class="badge corroborated">corroborated<\/span>/);
  assert.match(page, /class="conflict"/);
  assert.match(page, /<h3>Coverage<\/h3><table>/);
});

test('summary citations link to the evidence each article gives, named by short labels', () => {
  const cited = [...page.matchAll(/<span class="cite">(.*?)<\/span>/g)].map((m) => m[1] ?? '');
  assert.ok(cited.length >= brief.summary.length);
  const evidenceLinks = [...(cited[0] ?? '').matchAll(/href="#(ev-[^"]+)"/g)].map((m) => m[1]);
  assert.ok(evidenceLinks.length > 0, 'a summary sentence cites evidence');
  for (const target of evidenceLinks) assert.ok(page.includes(`id="${target}"`), `no evidence anchor ${target}`);
  assert.match(page, />Daily Lantern lanter</, 'articles are named by their short labels');
  assert.ok(!page.includes('>lantern.txt<'));
});

test('a conflict shows its positions side by side, each with its evidence', () => {
  const conflict = /<div class="conflict">(.*?)<\/div><\/div><\/div>/s.exec(page)?.[1] ?? '';
  const positions = conflict.match(/class="position"/g) ?? [];
  assert.ok(positions.length >= 2, 'two positions at least');
  assert.match(conflict, /class="positions"/);
  assert.match(conflict, /<ul class="evidence"><li>/);
});
