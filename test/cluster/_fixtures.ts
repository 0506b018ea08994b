// Invented cluster fixtures and the seed reports as cluster inputs.
import { readFileSync, readdirSync } from 'node:fs';
import type { ClusterInput } from '../../src/cluster/index.ts';
import type { ArticleEntity } from '../../src/types.ts';

interface FixtureArticle {
  readonly id: string;
  readonly event: string;
  readonly title: string;
  readonly text: string;
  readonly publishedAt: string | null;
  readonly entities: readonly string[];
}

export function entity(name: string, type: ArticleEntity['type'] = 'place'): ArticleEntity {
  return { id: name, name, type, aliases: [], roles: [], mentions: [{ start: 0, end: name.length }] };
}

/** The invented articles, with their event label. */
export function fixtureArticles(): (ClusterInput & { readonly event: string })[] {
  const raw = JSON.parse(readFileSync(new URL('../fixtures/cluster/articles.json', import.meta.url), 'utf8')) as FixtureArticle[];
  return raw.map((a) => ({ ...a, source: null, entities: a.entities.map((name) => entity(name)) }));
}

/** The seed reports (one story), body split at blank lines, a leading `date` header as publishedAt. */
export function seedArticles(): ClusterInput[] {
  const seeds = new URL('../../../shared/corpus/seeds/', import.meta.url);
  return readdirSync(seeds)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const raw = readFileSync(new URL(name, seeds), 'utf8');
      const match = /^\s*date (\d{4}-\d{2}-\d{2})\s*/.exec(raw);
      const body = match === null ? raw : raw.slice(match[0].length);
      const text = body.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '').join('\n\n');
      return { id: name, title: null, text, publishedAt: match?.[1] ?? null, entities: [], source: null };
    });
}
