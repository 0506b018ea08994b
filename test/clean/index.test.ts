import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle, createOutletMemory, defaultCleanOptions } from '../../src/clean/index.ts';
import type { CleanArticle, RawArticle } from '../../src/types.ts';
import { filler, rawText, readSeeds } from './_raw.ts';

const seeds = readSeeds();

function clean(raw: RawArticle): CleanArticle {
  const result = cleanArticle(raw, defaultCleanOptions, createOutletMemory());
  assert.equal(result.kind, 'article', `${raw.path ?? ''} was rejected`);
  return result as CleanArticle;
}

function seed(prefix: string): { readonly raw: RawArticle; readonly article: CleanArticle; readonly lines: string[] } {
  const found = seeds.find((s) => s.name.startsWith(prefix));
  assert.ok(found, `seed ${prefix} is missing`);
  const raw = rawText(found.body, { path: found.name });
  const lines = found.body.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return { raw, article: clean(raw), lines };
}

/** Quote marks folded, white space collapsed: the comparison "modulo quote normalisation". */
function fold(text: string): string {
  return text.replace(/[‘’'`]/gu, "'").replace(/[“”"]/gu, '"').replace(/\s+/gu, ' ').trim();
}

test('the dated seeds carry their header date, and the header is not in the text', () => {
  for (const prefix of ['000', '001']) {
    const { article } = seed(prefix);
    assert.equal(article.publishedAt, '2025-09-02');
    assert.doesNotMatch(article.text, /^\s*date \d{4}/u);
  }
});

test('seed 002 carries its dateline, taken out of the first sentence', () => {
  const { article, lines } = seed('002');
  assert.equal(article.dateline, 'BEIJING');
  assert.equal(article.wire, null);
  assert.ok(lines[0]?.startsWith('BEIJING'));
  assert.ok(!article.text.startsWith('BEIJING'));
});

test('seed 002 loses exactly one line, a related headline standing between paragraphs', () => {
  const { article, lines } = seed('002');
  assert.deepEqual(article.removed.map((r) => r.reason), ['related-headline']);
  const index = lines.indexOf(article.removed[0]?.text ?? '');
  assert.ok(index > 0 && index < lines.length - 1, 'the removed line stands inside the body');
  assert.equal(article.headings.length, 0);
});

test('seed 003 loses its closing "Read More" teaser and keeps two sub-headings', () => {
  const { article, lines } = seed('003');
  assert.deepEqual(article.removed, [{ text: lines[lines.length - 1], reason: 'teaser' }]);
  assert.match(article.removed[0]?.text ?? '', /^read more\b/iu);
  assert.equal(article.headings.length, 2);
  for (const heading of article.headings) assert.ok(lines.map(fold).includes(fold(heading.text)), 'each heading is a whole line');
  assert.ok(article.headings.every((h) => h.before > 0 && h.before < article.paragraphs.length));
});

test('seed 004 loses both comment-form lines at its end', () => {
  const { article, lines } = seed('004');
  assert.deepEqual(
    article.removed.map((r) => r.reason),
    ['comment-form', 'comment-form'],
  );
  assert.deepEqual(
    article.removed.map((r) => r.text),
    lines.slice(-2),
  );
  const rules = article.diagnostics.filter((d) => d.rule === 'comment-form');
  assert.equal(rules.length, 2);
  assert.ok(rules.every((d) => d.severity === 'info' && d.source === 'clean' && typeof d.data?.text === 'string'));
});

test('seed 000 has a heading glued to a paragraph, seed 001 a standalone one', () => {
  const glued = seed('000');
  assert.equal(glued.article.headings.length, 1);
  const heading = glued.article.headings[0]?.text ?? '';
  const line = glued.lines.find((l) => fold(l).startsWith(fold(heading)));
  assert.ok(line !== undefined && fold(line) !== fold(heading), 'the heading opens a longer line');
  const paragraph = glued.article.paragraphs[glued.article.headings[0]?.before ?? -1];
  assert.ok(paragraph !== undefined);
  assert.equal(fold(glued.article.text.slice(paragraph.start, paragraph.end)), fold(line.slice(heading.length)));

  const standalone = seed('001');
  assert.equal(standalone.article.headings.length, 1);
  assert.ok(standalone.lines.map(fold).includes(fold(standalone.article.headings[0]?.text ?? '')));
});

test('no body sentence of any seed is lost', () => {
  for (const { name } of seeds) {
    const { article, lines } = seed(name.slice(0, 3));
    const text = fold(article.text);
    const cut = [
      ...article.removed.map((r) => r.text),
      ...article.headings.map((h) => h.text),
      ...article.diagnostics.filter((d) => d.rule === 'dateline' || d.rule === 'date-header').map((d) => String(d.data?.text)),
    ].map(fold);
    for (const line of lines) {
      let rest = fold(line);
      for (const part of cut) if (rest.startsWith(part)) rest = rest.slice(part.length).trim();
      for (const sentence of rest.split(/(?<=[.!?]["']?) +/u).filter((s) => s !== '')) {
        assert.ok(text.includes(sentence), `${name}: lost "${sentence}"`);
      }
    }
  }
});

test('paragraph spans cover the text, joined by blank lines', () => {
  for (const { name } of seeds) {
    const { article } = seed(name.slice(0, 3));
    const rebuilt = article.paragraphs.map((p) => article.text.slice(p.start, p.end)).join('\n\n');
    assert.equal(rebuilt, article.text);
    assert.ok(article.paragraphs.every((p) => !article.text.slice(p.start, p.end).includes('\n')));
    assert.ok(article.words > 200);
  }
});

test('a short body is rejected as no-article, with the reason', () => {
  const result = cleanArticle(rawText('Read more: Something else\n\nToo short here.'), defaultCleanOptions);
  assert.equal(result.kind, 'rejected');
  assert.equal(result.diagnostics.at(-1)?.rule, 'no-article');
  assert.equal(result.diagnostics.at(-1)?.severity, 'error');
  assert.ok(result.diagnostics.some((d) => d.rule === 'teaser'));
});

test('container metadata wins over the date header', () => {
  const body = `date 2024-01-05 ${filler('water')}`;
  const article = clean(rawText(body, { publishedAt: '2024-01-06' }));
  assert.equal(article.publishedAt, '2024-01-06');
  assert.ok(article.text.startsWith('The council'));
});

test('a headline line opening a text without title becomes the title', () => {
  const article = clean(rawText(`Council Backs New Water Plan\n\n${filler('water')}\n\n${filler('road')}`));
  assert.equal(article.title, 'Council Backs New Water Plan');
  assert.equal(article.headings.length, 0);
  assert.ok(article.diagnostics.some((d) => d.rule === 'title-from-body'));
});

test('a line repeated across articles of one outlet is removed from the third on', () => {
  const memory = createOutletMemory();
  const promo = 'Listen to our weekly podcast every Friday morning.';
  const results = ['water', 'road', 'school'].map((topic) =>
    cleanArticle(rawText(`${filler(topic)}\n\n${promo}\n\n${filler(topic, 2)}`, { source: 'Riverside Daily' }), defaultCleanOptions, memory),
  );
  const removed = results.map((r) => (r.kind === 'article' ? r.removed.map((x) => x.reason) : ['rejected']));
  assert.deepEqual(removed, [[], [], ['outlet-boilerplate']]);
});

test('never throws, even on odd input', () => {
  for (const body of ['', '\u0000\u0001', '\n\n\n', 'date 2025-02-30 x', '"'.repeat(50)]) {
    const result = cleanArticle(rawText(body), defaultCleanOptions);
    assert.equal(result.kind, 'rejected');
  }
});
