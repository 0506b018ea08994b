// `npm run screenshot`: the README's picture of a story page (docs/screenshot-story.png). Ingests
// the demo corpus into a temporary store with the real `newsdesk ingest`, serves it on 127.0.0.1,
// and photographs the top of the demo story's page in Debian's chromium (test/_support/browser.ts).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runIngest } from '../src/cli/commands/ingest.ts';
import { processIO } from '../src/cli/io.ts';
import { openStore } from '../src/store/index.ts';
import { serve } from '../src/server/index.ts';
import { launchChromium, REPO_ROOT } from '../test/_support/browser.ts';

const OUT = join(REPO_ROOT, 'docs/screenshot-story.png');
const VIEWPORT = { width: 1200, height: 1000 };

// Paths relative to the repository, as a reader would type them (the page shows them).
process.chdir(REPO_ROOT);
const dir = mkdtempSync(join(tmpdir(), 'newsdesk-screenshot-'));
try {
  const db = join(dir, 'news.db');
  const code = await runIngest(['examples/salmon-accord'], { db, quiet: true }, { ...processIO(), stdout: { write: () => undefined } });
  if (code !== 0) throw new Error(`newsdesk ingest examples/salmon-accord exited with ${code}`);
  const store = await openStore(db);
  const server = await serve({ store, host: '127.0.0.1', port: 0 });
  const browser = await launchChromium();
  try {
    const [story] = await store.listStories({ limit: 1 });
    if (story === undefined) throw new Error('the demo corpus gave no story');
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(`${server.url}/stories/${story.id}`);
    await page.getByTestId('story-headline').waitFor({ state: 'visible' });
    mkdirSync(dirname(OUT), { recursive: true });
    await page.screenshot({ path: OUT });
    console.log(`${OUT.slice(REPO_ROOT.length)}: story ${story.id} (${story.headline}), ${VIEWPORT.width}×${VIEWPORT.height}`);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
