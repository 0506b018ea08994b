// Benchmark of dedup + cluster on synthetic news streams (10k and 100k articles).
// `npm run bench cluster`; quick check: `CLUSTER_BENCH_SIZES=10000 npm run bench cluster`.
// The corpus comes from a seeded PRNG: pseudo-words with a Zipf-like general vocabulary, topics
// (shared by several stories), story-specific words and named entities, dates over eight weeks,
// and 6% wire reprints (lightly edited copies of an earlier article of the same story).
import { addToDedupIndex, createDedupIndex } from '../../src/dedup/index.ts';
import { assignArticle, createClusterer, type ClusterInput } from '../../src/cluster/index.ts';
import type { ArticleEntity } from '../../src/types.ts';
import { prng, type Random } from '../../src/shared/random.ts';

export const name = 'cluster';

const syllables = 'ba be bi bo bu da de di do ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to va ve vi zo'.split(' ');

function makeWords(count: number, random: Random, minSyllables: number): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    const n = minSyllables + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < n; i++) word += syllables[Math.floor(random() * syllables.length)];
    words.add(word);
  }
  return [...words];
}

interface StorySpec {
  readonly topic: number;
  readonly words: readonly string[];
  readonly entities: readonly string[];
  readonly day: number;
}

interface Corpus {
  readonly articles: (ClusterInput & { readonly wire: string | null })[];
  readonly label: ReadonlyMap<string, number>;
}

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;
/** Skewed index in [0, n): small indexes much more often (a Zipf-like draw). */
const skewed = (n: number, random: Random, power: number): number => Math.floor(n * random() ** power);

function makeStories(count: number, random: Random): StorySpec[] {
  const vocabulary = makeWords(30_000, random, 2);
  const names = makeWords(8_000, random, 2).map((w) => w[0]!.toUpperCase() + w.slice(1));
  const rare = vocabulary.slice(2000);
  const topics = Array.from({ length: Math.max(20, Math.floor(count / 25)) }, () =>
    Array.from({ length: 30 }, () => pick(rare, random)),
  );
  return Array.from({ length: count }, () => {
    const topic = Math.floor(random() * topics.length);
    const words = [...topics[topic]!.slice(0, 12), ...Array.from({ length: 18 }, () => pick(rare, random))];
    const entities = Array.from({ length: 3 + Math.floor(random() * 4) }, () => `${pick(names, random)} ${pick(names, random)}`);
    return { topic, words, entities, day: Math.floor(random() * 56) };
  });
}

function makeText(story: StorySpec, general: readonly string[], random: Random, length: number): string {
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    const r = random();
    if (r < 0.6) words.push(general[skewed(2000, random, 3)]!);
    else if (r < 0.9) words.push(pick(story.words, random));
    else words.push(pick(story.entities, random));
    if (i % 18 === 17) words[words.length - 1] += '.';
  }
  return words.join(' ');
}

function entitiesOf(story: StorySpec, random: Random): ArticleEntity[] {
  return story.entities
    .filter(() => random() < 0.8)
    .map((name) => ({ id: name, name, type: random() < 0.5 ? 'person' : 'place', aliases: [], roles: [], mentions: [{ start: 0, end: 1 }] }));
}

function makeCorpus(size: number, seed: number): Corpus {
  const random = prng(seed);
  const stories = makeStories(Math.max(10, Math.floor(size / 8)), random);
  const general = makeWords(2000, prng(seed + 1), 1);
  const articles: (ClusterInput & { wire: string | null })[] = [];
  const label = new Map<string, number>();
  const byStory = new Map<number, number[]>();
  for (let i = 0; i < size; i++) {
    const s = skewed(stories.length, random, 1.6);
    const story = stories[s]!;
    const earlier = byStory.get(s) ?? [];
    const copyOf = earlier.length > 0 && random() < 0.06 ? articles[pick(earlier, random)]! : null;
    const text = copyOf !== null ? `${copyOf.text} ${pick(general, random)}.` : makeText(story, general, random, 120 + Math.floor(random() * 200));
    const day = story.day + Math.floor(random() * 4);
    const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
    const id = `a${i}`;
    const title = copyOf?.title ?? makeText(story, general, random, 8);
    articles.push({ id, title, text, publishedAt: date, entities: entitiesOf(story, random), source: null, wire: copyOf === null ? null : 'AP' });
    label.set(id, s);
    earlier.push(i);
    byStory.set(s, earlier);
  }
  articles.sort((a, b) => (a.publishedAt! < b.publishedAt! ? -1 : a.publishedAt! > b.publishedAt! ? 1 : 0));
  return { articles, label };
}

interface Measure {
  readonly seconds: number;
  /** User + system CPU seconds of the process during the run (the machine is shared: judge by these). */
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
  /** V8 heap in use at the end of the run (with the corpus and uncollected garbage). */
  readonly heapMb: number;
  /** Stories made (live and retired), and those still live at the end. */
  readonly stories: number;
  readonly liveStories: number;
  readonly duplicates: number;
}

function runStream(corpus: Corpus): Measure {
  const dedup = createDedupIndex();
  const clusterer = createClusterer();
  let peak = process.memoryUsage.rss();
  let duplicates = 0;
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  corpus.articles.forEach((article, i) => {
    const verdict = addToDedupIndex(dedup, article);
    if (verdict.duplicateOf !== null) duplicates++;
    assignArticle(clusterer, { ...article, duplicateOf: verdict.duplicateOf });
    if (i % 2000 === 0) peak = Math.max(peak, process.memoryUsage.rss());
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  peak = Math.max(peak, process.memoryUsage.rss());
  return { seconds, cpuSeconds, peakRssMb: peak / 2 ** 20, heapMb: process.memoryUsage().heapUsed / 2 ** 20, stories: clusterer.stories.size + clusterer.retired.size, liveStories: clusterer.stories.size, duplicates };
}

export async function run(): Promise<void> {
  const sizes = (process.env.CLUSTER_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
  const measures = new Map<number, Measure>();
  for (const size of sizes) {
    const built = Date.now();
    const corpus = makeCorpus(size, 20260301);
    const buildSeconds = (Date.now() - built) / 1000;
    const corpusRssMb = process.memoryUsage.rss() / 2 ** 20;
    const m = runStream(corpus);
    measures.set(size, m);
    const gold = new Set(corpus.label.values()).size;
    console.log(
      `${size} articles: ${m.seconds.toFixed(1)} s wall (${Math.round(size / m.seconds)} articles/s), ` +
        `${m.cpuSeconds.toFixed(1)} s CPU (${Math.round(size / m.cpuSeconds)} articles/CPU-s), peak RSS ${Math.round(m.peakRssMb)} MB (heap at the end ${Math.round(m.heapMb)} MB), ` +
        `${m.stories} stories (${m.liveStories} live at the end; ${gold} generated), ${m.duplicates} duplicates; corpus built in ${buildSeconds.toFixed(1)} s (RSS ${Math.round(corpusRssMb)} MB with it)`,
    );
  }
  const small = measures.get(10_000);
  const large = measures.get(100_000);
  if (small !== undefined && large !== undefined) {
    console.log(
      `time(100k)/time(10k) = ${(large.seconds / small.seconds).toFixed(1)} wall, ${(large.cpuSeconds / small.cpuSeconds).toFixed(1)} CPU`,
    );
  }
}
