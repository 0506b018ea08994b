// Article text is data, never markup: reports whose titles, bodies, outlet names, quotes and URLs
// carry script payloads (`<script>`, `"><img onerror=…>`, `<svg onload=…>`, `javascript:` URLs),
// ingested as text, HTML and JSON Lines, are loaded in chromium on every page that shows them (the
// story list, search results, the story, the entity, and error pages that echo the request). Every
// payload would open a dialog and set `window.__xss`; neither may happen, no markup may be injected,
// and the payload text must be shown as text.
//
// The browser context ignores the site's Content-Security-Policy (`bypassCSP`): the policy forbids
// scripts anyway, and this test is about the escaping underneath it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserTestSkip, launchChromium, trapXss } from '../../_support/browser.ts';
import type { Brief } from '../../../src/types.ts';
import { startSite, type Site } from './_site.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures/xss');

/** Payloads sent in the request itself (search words, ids, query parameters), echoed by the pages. */
const REFLECTED = [
  '<script>window.__xss=41;alert(41)</script>',
  '"><img src=x onerror=window.__xss=42;alert(42)>',
  "'><svg onload=window.__xss=43;alert(43)>",
];

/** Elements or attributes a payload would inject: scripts, event handlers, javascript: URLs, frames, images. */
const INJECTED_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'svg', 'img']);

async function injected(page: Page): Promise<string[]> {
  const elements = await page.locator('*').evaluateAll((all) =>
    all.map((el) => ({
      tag: el.tagName.toLowerCase(),
      attributes: [...el.attributes].map((a) => ({ name: a.name, value: a.value })),
      html: el.outerHTML.slice(0, 120),
    })),
  );
  return elements
    .filter((el) => INJECTED_TAGS.has(el.tag) || el.attributes.some((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)))
    .map((el) => el.html);
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('script payloads in articles never run in the browser', { skip: browserTestSkip() }, () => {
  let browser: Browser;
  let context: BrowserContext;
  let site: Site;
  let brief: Brief;

  before(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ bypassCSP: true });
    site = await startSite([FIXTURES]);
    const stories = await site.store.listStories();
    assert.equal(stories.length, 1, 'the three payload reports form one story');
    brief = (await site.store.getBrief(stories[0]!.id))!;
    assert.equal(brief.articles.length, 3, 'the text, HTML and JSON Lines reports are all stored');
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Opens a path with the trap set, opens every <details>, checks nothing ran; returns the visible text. */
  async function visit(path: string): Promise<{ page: Page; text: string }> {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const trap = trapXss(page);
    await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
    for (const summary of await page.locator('details > summary').all()) await summary.click();
    await page.waitForTimeout(100); // lets an injected onload/onerror handler fire before looking
    assert.deepEqual(trap.dialogs, [], `${path}: no dialog opens`);
    assert.equal(await trap.marker(), undefined, `${path}: window.__xss is never set`);
    assert.deepEqual(await injected(page), [], `${path}: no element or handler is injected`);
    return { page, text: squash(await page.locator('body').innerText()) };
  }

  function assertShown(text: string, expected: readonly string[], where: string): void {
    for (const value of expected) assert.ok(text.includes(squash(value)), `${where} shows as text: ${value}`);
  }

  test('the fixtures really carry payloads into the stored brief', () => {
    const stored = JSON.stringify(brief);
    for (const marker of ['<script>', 'onerror=', '<svg onload=', 'javascript:']) assert.ok(stored.includes(marker), marker);
  });

  test('story list', async () => {
    const { text } = await visit('/');
    const outlets = brief.articles.flatMap((a) => (a.source === null ? [] : [a.source]));
    assert.ok(outlets.some((o) => o.includes('onerror=')));
    assertShown(text, [brief.headline, ...outlets], 'the list');
  });

  test('story page', async () => {
    const { text } = await visit(`/stories/${brief.id}`);
    const fields = brief.articles.flatMap((a) => [a.title, a.source, a.url, ...a.removed.map((r) => r.text)]);
    const shown = [...fields, ...brief.quotes.map((q) => q.text), ...brief.facts.map((f) => f.text)].filter(
      (v): v is string => v !== null,
    );
    assert.ok(shown.filter((v) => /<script>|onerror=|onload=|javascript:/.test(v)).length >= 6, 'payloads reach the page');
    assertShown(text, shown, 'the story page');
  });

  test('search results for the payloads', async () => {
    for (const query of ['onerror', 'script alert', 'javascript', ...REFLECTED]) {
      const { page, text } = await visit(`/?q=${encodeURIComponent(query)}`);
      assert.equal(await page.getByTestId('search-input').inputValue(), query, 'the query is echoed as the input value');
      assertShown(text, [`Search: ${query}`], `search ${query}`);
      if (!REFLECTED.includes(query)) assert.ok((await page.getByTestId('search-hit').count()) > 0, `${query} finds the payload reports`);
    }
  });

  test('entity page', async () => {
    const person = brief.entities.find((e) => e.type === 'person');
    assert.ok(person !== undefined, 'the reports name a person');
    const { text } = await visit(`/entities/${encodeURIComponent(person.id)}`);
    const outlets = brief.articles.flatMap((a) => (a.source === null ? [] : [a.source]));
    assertShown(text, [person.name, brief.headline, ...outlets.slice(0, 6)], 'the entity page');
  });

  test('error pages that echo the request', async () => {
    for (const payload of REFLECTED) {
      const id = encodeURIComponent(payload);
      assertShown((await visit(`/stories/${id}`)).text, [payload], 'the unknown story page');
      assertShown((await visit(`/entities/${id}`)).text, [payload], 'the unknown entity page');
      assertShown((await visit(`/?page=${id}`)).text, [payload.slice(0, 40)], 'the bad page-number page');
    }
  });
});
