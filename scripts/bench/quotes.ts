// Throughput of findQuotes: MB of article text per second, over the PolNeAR dev texts (or the
// seeds when PolNeAR is not there). Short on purpose: the machine is shared.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultQuotesOptions, findQuotes, type QuoteInput } from '../../src/quotes/index.ts';

export const name = 'quotes';

function loadTexts(): string[] {
  const polnear = join(process.cwd(), '../shared/data/polnear/dev/text');
  const seeds = join(process.cwd(), '../shared/corpus/seeds');
  const dir = existsSync(polnear) ? polnear : seeds;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

export async function run(): Promise<void> {
  const inputs: QuoteInput[] = loadTexts().map((text) => ({ text, paragraphs: [], sentences: [], entities: [] }));
  const bytes = inputs.reduce((n, i) => n + Buffer.byteLength(i.text), 0);
  for (const input of inputs.slice(0, 5)) findQuotes(input, defaultQuotesOptions);
  let rounds = 0;
  let quotes = 0;
  const start = performance.now();
  while (performance.now() - start < 2000 || rounds === 0) {
    for (const input of inputs) quotes += findQuotes(input, defaultQuotesOptions).quotes.length;
    rounds++;
  }
  const seconds = (performance.now() - start) / 1000;
  const mb = (bytes * rounds) / 1e6;
  console.log(`findQuotes: ${(mb / seconds).toFixed(2)} MB/s (${inputs.length} articles × ${rounds} rounds, ${quotes / rounds} quotes per round)`);
}
