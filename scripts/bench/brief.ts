// Benchmark: a generated story of N articles analysed and briefed (facts + brief), N = 100, 200, 400.
// Near-linear cost shows as time per article staying flat as N doubles. Target: 200 articles < 1 s.
import { performance } from 'node:perf_hooks';
import { buildBrief } from '../../src/brief/index.ts';
import { analyzeStory, defaultFactsOptions } from '../../src/facts/index.ts';
import type { AnnotatedArticle } from '../../src/types.ts';
import { makeArticle, makeStory, type EntitySpec } from '../../test/fixtures/facts/build.ts';

export const name = 'brief';

/** Small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'pel', 'dur', 'sin', 'gar', 'ho', 'ben', 'ful', 'zor'];
const PEOPLE = ['Ada Varn', 'Lin Oster', 'Tomas Kell', 'Rhea Mond', 'Ivo Brandt', 'Sela Quint'];
const PLACES = ['Portvale', 'Eastmere', 'Dunmoor', 'Halbrook', 'Kestrel Bay', 'Norwick'];

function word(next: () => number): string {
  const n = 2 + Math.floor(next() * 2);
  return Array.from({ length: n }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
}

interface Claim {
  readonly text: string;
  readonly people: readonly string[];
  readonly place: string;
}

function claims(count: number, next: () => number): Claim[] {
  return Array.from({ length: count }, () => {
    const people = [PEOPLE[Math.floor(next() * PEOPLE.length)] ?? 'Ada Varn'];
    const place = PLACES[Math.floor(next() * PLACES.length)] ?? 'Portvale';
    const body = Array.from({ length: 9 }, () => word(next)).join(' ');
    return { text: `${people[0]} said the ${body} near ${place} would grow by ${Math.floor(next() * 90) + 10} units`, people, place };
  });
}

/** A generated story of N articles (20 sentences each, drawn from a shared pool of claims). */
export function generate(articles: number): AnnotatedArticle[] {
  const next = random(articles);
  const pool = claims(Math.max(60, articles), next);
  const entities: EntitySpec[] = [
    ...PEOPLE.map((p) => ({ name: p, type: 'person' as const })),
    ...PLACES.map((p) => ({ name: p, type: 'place' as const })),
  ];
  return Array.from({ length: articles }, (_, i) => {
    const picked = Array.from({ length: 20 }, () => pool[Math.floor(next() * pool.length)] as Claim);
    const text = picked.map((c) => `${c.text}.`).join('\n');
    return makeArticle({ id: `a${i}`, text, publishedAt: '2030-01-01', entities });
  });
}

function time(articles: number): { ms: number; cpuMs: number; facts: number } {
  const context = makeStory(generate(articles));
  const start = performance.now();
  const cpu = process.cpuUsage();
  const brief = buildBrief(context, analyzeStory(context, defaultFactsOptions));
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, facts: brief.facts.length };
}

export async function run(): Promise<void> {
  time(50);
  for (const n of [100, 200, 400]) {
    const { ms, cpuMs, facts } = time(n);
    console.log(
      `${n} articles (${n * 20} sentences): ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU, ${(cpuMs / n).toFixed(2)} ms CPU/article, ${facts} facts`,
    );
  }
}
