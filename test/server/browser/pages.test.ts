// The web app in a real browser (Debian's chromium through playwright-core): a store filled by the
// real ingest with the demo corpus and a few generated reports about other events, served on
// 127.0.0.1. A reader lists the stories, searches, opens the story, follows a summary citation to
// its evidence, opens an article's removed boilerplate and an entity's page. The story page's
// screenshot is saved to test-output/story.png (the path is printed).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { browserTestSkip, launchChromium, repoRelative, REPO_ROOT, testOutputPath } from '../../_support/browser.ts';
import { writeGeneratedCorpus } from '../../store/_generated.ts';
import type { StoryRow } from '../../../src/store/index.ts';
import { startSite, type Site } from './_site.ts';

/** Relative, so the pages show the paths a reader would type. */
const DEMO = relative(process.cwd(), join(REPO_ROOT, 'examples/salmon-accord'));

/** Words every demo report uses and no generated report does. */
const DEMO_QUERY = 'salmon';

describe('web app in chromium', { skip: browserTestSkip() }, () => {
  let browser: Browser;
  let site: Site;
  let page: Page;
  let demo: StoryRow;
  let others: string;

  before(async () => {
    others = mkdtempSync(join(tmpdir(), 'newsdesk-browser-others-'));
    writeGeneratedCorpus(others, 6, { seed: 11, events: 2 });
    browser = await launchChromium();
    site = await startSite([DEMO, others]);
    const hits = await site.store.search(DEMO_QUERY, 50);
    const storyIds = new Set(hits.map((h) => h.story));
    assert.equal(storyIds.size, 1, 'the demo reports form one story and only they mention the query');
    const rows = await site.store.listStories();
    assert.ok(rows.length >= 2, 'the generated reports make stories of their own');
    demo = rows.find((r) => storyIds.has(r.id))!;
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.setDefaultTimeout(60_000);
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    if (others !== undefined) rmSync(others, { recursive: true, force: true });
  });

  test('the story list shows the demo story with its outlets and counts', async () => {
    await page.goto(`${site.origin}/`);
    const row = page.locator(`[data-testid="story-row"][data-story-id="${demo.id}"]`);
    await row.waitFor({ state: 'visible' });
    assert.equal((await row.getByTestId('story-link').innerText()).trim(), demo.headline);
    const outlets = await row.getByTestId('story-outlets').innerText();
    for (const outlet of ['Coastal Times', 'Pacific Ledger']) assert.match(outlets, new RegExp(outlet));
    assert.equal(await row.getByTestId('story-articles').innerText(), `${demo.articles} articles`);
    assert.equal(await page.getByTestId('story-row').count(), (await site.store.counts()).stories);
  });

  test('typing in the search box finds the demo story and opens it', async () => {
    await page.goto(`${site.origin}/`);
    await page.getByTestId('search-input').fill(DEMO_QUERY);
    await Promise.all([page.waitForURL(/\?q=salmon$/), page.getByTestId('search-input').press('Enter')]);
    const results = page.getByTestId('search-result');
    await results.first().waitFor({ state: 'visible' });
    assert.equal(await results.count(), 1, 'only the demo story matches');
    const link = page.getByTestId('search-story');
    assert.equal((await link.innerText()).trim(), demo.headline);
    assert.match(await page.locator('mark').first().innerText(), /^salmon$/i, 'the match is marked in the snippet');
    await Promise.all([page.waitForURL(`${site.origin}/stories/${demo.id}`), link.click()]);
    assert.equal((await page.getByTestId('story-headline').innerText()).trim(), demo.headline);
  });

  test('a summary citation brings its evidence sentence into view, highlighted', async () => {
    await page.goto(`${site.origin}/stories/${demo.id}`);
    const citation = page.locator('.summary a.cite-evidence[href^="#ev-"]').last();
    const href = (await citation.getAttribute('href'))!;
    const evidence = page.locator(`[id="${href.slice(1)}"]`);
    assert.equal(await evidence.evaluate((el) => el.matches(':target')), false);
    await citation.click();
    // (an expression in the page: the project's TypeScript has no DOM library for `location`)
    await page.waitForFunction(`location.hash === ${JSON.stringify(href)}`);
    assert.equal(await evidence.evaluate((el) => el.matches(':target')), true, `${href} is the target`);
    assert.ok(await evidence.isVisible());
    const box = (await evidence.boundingBox())!;
    // The browser scrolls the target to the top of the viewport (sub-pixel rounding allowed).
    assert.ok(box.y > -1 && box.y + box.height < 900, `the evidence is scrolled into view (top ${box.y})`);
    const background = await evidence.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).backgroundColor);
    assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'the targeted evidence is highlighted');
    const sentence = await evidence.innerText();
    assert.ok(sentence.length > 40, `the evidence is a sentence: ${sentence}`);
    const brief = (await site.store.getBrief(demo.id))!;
    const cited = brief.facts.flatMap((f) => f.evidence).some((e) => sentence.endsWith(e.sentence));
    assert.ok(cited, `the highlighted item holds a stored evidence sentence: ${sentence}`);
  });

  test("an article's removed boilerplate opens on demand", async () => {
    await page.goto(`${site.origin}/stories/${demo.id}`);
    const article = page.getByTestId('article').filter({ hasText: 'Coastal Times' });
    const list = article.getByTestId('removed-list');
    assert.equal(await list.isVisible(), false, 'closed at first');
    await article.getByTestId('removed-toggle').locator('summary').click();
    await list.waitFor({ state: 'visible' });
    assert.match(await list.innerText(), /Read more: Ferry strike/, 'the teaser removed from the HTML page');
  });

  test('the story page is saved as a screenshot', async (t) => {
    await page.goto(`${site.origin}/stories/${demo.id}`);
    await page.getByTestId('story-headline').waitFor({ state: 'visible' });
    const screenshot = testOutputPath('story.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    t.diagnostic(`story page screenshot: ${repoRelative(screenshot)}`);
  });

  test("an entity link opens the entity's page, which lists the story", async () => {
    await page.goto(`${site.origin}/stories/${demo.id}`);
    const link = page.getByTestId('entity-link').filter({ hasText: 'Ingrid Halvorsen' });
    await Promise.all([page.waitForURL(/\/entities\/[^/]+$/), link.click()]);
    assert.equal(await page.getByTestId('entity-name').innerText(), 'Ingrid Halvorsen');
    assert.equal(await page.getByTestId('entity-type').innerText(), 'person');
    const story = page.locator(`[data-testid="story-row"][data-story-id="${demo.id}"]`);
    await story.waitFor({ state: 'visible' });
    await Promise.all([page.waitForURL(`${site.origin}/stories/${demo.id}`), story.getByTestId('story-link').click()]);
  });
});
