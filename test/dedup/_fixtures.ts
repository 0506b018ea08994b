// Invented fixture articles for the dedup tests, and the seed reports as dedup inputs.
import { readFileSync, readdirSync } from 'node:fs';
import type { DedupInput } from '../../src/dedup/index.ts';

const fixtures = new URL('../fixtures/dedup/', import.meta.url);
const seeds = new URL('../../../shared/corpus/seeds/', import.meta.url);

export function fixture(name: string, wire: string | null = null): DedupInput {
  const text = readFileSync(new URL(`${name}.txt`, fixtures), 'utf8');
  return { id: name, text, title: null, source: null, wire, publishedAt: null };
}

/** The seed reports, body only (a leading `date YYYY-MM-DD` header is dropped). */
export function seedArticles(): DedupInput[] {
  return readdirSync(seeds)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const raw = readFileSync(new URL(name, seeds), 'utf8');
      const match = /^\s*date (\d{4}-\d{2}-\d{2})\s*/.exec(raw);
      const text = match === null ? raw.trim() : raw.slice(match[0].length).trim();
      return { id: name, text, title: null, source: null, wire: null, publishedAt: match?.[1] ?? null };
    });
}
