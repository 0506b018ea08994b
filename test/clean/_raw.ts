/** Test helpers: RawArticle values for the clean stage, and the seed corpus read from `../shared`. */
import { readFileSync, readdirSync } from 'node:fs';
import type { RawArticle } from '../../src/types.ts';

/** A plain-text RawArticle with the given body; other fields may be overridden. */
export function rawText(body: string, over: Partial<RawArticle> = {}): RawArticle {
  return {
    kind: 'article',
    id: 'test',
    path: 'test.txt',
    input: 'text',
    format: 'text',
    body,
    title: null,
    url: null,
    source: null,
    publishedAt: null,
    language: null,
    diagnostics: [],
    ...over,
  };
}

/** An HTML RawArticle. */
export function rawHtml(body: string, over: Partial<RawArticle> = {}): RawArticle {
  return rawText(body, { input: 'html', format: 'html', path: 'test.html', ...over });
}

const SEEDS = new URL('../../../shared/corpus/seeds/', import.meta.url);

/** The seed files, by name, in name order. */
export function readSeeds(): { readonly name: string; readonly body: string }[] {
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, body: readFileSync(new URL(name, SEEDS), 'utf8') }));
}

/** A paragraph of invented body text with `n` sentences, for fixtures that need an article around a line. */
export function filler(topic: string, n = 3): string {
  const sentences = [
    `The council met on Monday to discuss the ${topic} plan for the northern district.`,
    `Officials said the ${topic} budget would be reviewed by an independent panel next month.`,
    `Residents told reporters they wanted clearer answers about the ${topic} schedule.`,
    `The mayor promised a public hearing on the ${topic} proposal before the end of the year.`,
  ];
  return sentences.slice(0, n).join(' ');
}
