// Throughput of findQuotes: MB of article text per second (wall clock) and per CPU-second
// (process.cpuUsage, which a loaded machine does not distort much), over the PolNeAR dev texts (or
// the seeds when PolNeAR is not there). Then groupQuotes over the same quotes as one story.
// Short on purpose: the machine is shared. `QUOTES_BENCH_MS` sets the run time (default 2000).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultQuotesOptions, findQuotes, groupQuotes, type QuoteInput } from '../../src/quotes/index.ts';
import type { ArticleQuote } from '../../src/types.ts';

export const name = 'quotes';

function loadTexts(): string[] {
  const polnear = join(process.cwd(), '../shared/data/polnear/dev/text');
  const seeds = join(process.cwd(), '../shared/corpus/seeds');
  const dir = existsSync(polnear) ? polnear : seeds;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

interface Timing {
  readonly rounds: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  /** CPU seconds of the fastest round: the least disturbed by other work on a shared machine. */
  readonly bestRoundCpu: number;
}

const cpuNow = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};

function timed(budgetMs: number, round: () => void): Timing {
  let rounds = 0;
  let bestRoundCpu = Infinity;
  const start = performance.now();
  const cpuStart = cpuNow();
  while (performance.now() - start < budgetMs || rounds < 3) {
    const before = cpuNow();
    round();
    bestRoundCpu = Math.min(bestRoundCpu, cpuNow() - before);
    rounds++;
  }
  return { rounds, seconds: (performance.now() - start) / 1000, cpuSeconds: cpuNow() - cpuStart, bestRoundCpu };
}

export async function run(): Promise<void> {
  const budget = Number(process.env['QUOTES_BENCH_MS'] ?? 2000);
  const inputs: QuoteInput[] = loadTexts().map((text) => ({ text, paragraphs: [], sentences: [], entities: [] }));
  const bytes = inputs.reduce((n, i) => n + Buffer.byteLength(i.text), 0);
  for (const input of inputs.slice(0, 5)) findQuotes(input, defaultQuotesOptions);
  let quotes: readonly ArticleQuote[][] = [];
  const find = timed(budget, () => {
    quotes = inputs.map((input) => [...findQuotes(input, defaultQuotesOptions).quotes]);
  });
  const mb = (bytes * find.rounds) / 1e6;
  const count = quotes.reduce((n, q) => n + q.length, 0);
  console.log(
    `findQuotes: ${(mb / find.seconds).toFixed(2)} MB/s wall, ${(mb / find.cpuSeconds).toFixed(2)} MB per CPU-second ` +
      `(best round ${(bytes / 1e6 / find.bestRoundCpu).toFixed(2)}) ` +
      `(${inputs.length} articles, ${(bytes / 1e6).toFixed(2)} MB × ${find.rounds} rounds, ${count} quotes per round)`,
  );
  const perArticle = quotes.map((q, i) => ({ article: `a${i}`, quotes: q }));
  let grouped = 0;
  const group = timed(Math.min(budget, 1000), () => {
    grouped = groupQuotes(perArticle).length;
  });
  console.log(`groupQuotes: ${count} quotes → ${grouped} story quotes in ${(group.bestRoundCpu * 1000).toFixed(1)} CPU-ms (best round)`);
}
