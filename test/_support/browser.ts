/**
 * The one place the tests launch a browser: Debian's chromium (`/usr/bin/chromium`, apt package
 * `chromium`) driven by playwright-core. Nothing is downloaded (never `playwright install`).
 *
 * The flags keep chromium off the network: without the background-networking ones it keeps trying
 * to reach update, sync and field-trial servers, which floods a closed network with failing requests.
 *
 * When chromium is missing, `launchChromium` throws a message saying how to get it, so the browser
 * tests fail loudly; `NEWSDESK_TEST_BROWSER=off` skips them on purpose instead.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The repository root (screenshots and other test output are written under it). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `{ skip }` for node:test: a reason when NEWSDESK_TEST_BROWSER=off, else false (the tests run, and fail without chromium). */
export function browserTestSkip(env: NodeJS.ProcessEnv = process.env): string | false {
  return env['NEWSDESK_TEST_BROWSER'] === 'off' ? 'browser tests switched off (NEWSDESK_TEST_BROWSER=off)' : false;
}

/** Launches headless chromium, or throws a message naming the missing executable and the way out. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `browser tests: chromium not found at ${CHROMIUM_PATH}; install the Debian package (apt-get install chromium) ` +
        'or set NEWSDESK_TEST_BROWSER=off to skip the browser tests',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], timeout: 60_000 });
}

/** Where a test writes files people look at (git-ignored), e.g. `test-output/story.png`. */
export function testOutputPath(name: string): string {
  const path = join(REPO_ROOT, 'test-output', name);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

/** The repository-relative form of a path, for messages. */
export function repoRelative(path: string): string {
  return relative(REPO_ROOT, path);
}

/** What a page did that an injected payload would do: open a dialog or set `window.__xss`. */
export interface XssTrap {
  /** Messages of every alert/confirm/prompt the page opened (each dismissed at once). */
  readonly dialogs: string[];
  /** Page errors (a broken page can hide a payload that did not get the chance to run). */
  readonly errors: string[];
  /** The value of `window.__xss` in the page now (undefined when no payload set it). */
  marker(): Promise<unknown>;
}

/** Watches a page for executed payloads; attach before the first navigation. */
export function trapXss(page: Page): XssTrap {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => void errors.push(error.message));
  return {
    dialogs,
    errors,
    marker: () => page.evaluate(() => (globalThis as { __xss?: unknown }).__xss),
  };
}
