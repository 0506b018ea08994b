/** Test helper: the shared seed reports as minimal clean articles (header date, paragraphs). */
import { readFileSync, readdirSync } from 'node:fs';
import type { CleanArticle, Span } from '../../src/types.ts';

export const seedDir = new URL('../../../shared/corpus/seeds/', import.meta.url);

/** Splits a text into paragraphs on line breaks; returns the joined text and the spans. */
export function paragraphsOf(body: string): { text: string; paragraphs: Span[] } {
  const parts = body.split(/\n+/).map((p) => p.trim()).filter((p) => p.length > 0);
  const paragraphs: Span[] = [];
  let text = '';
  for (const part of parts) {
    if (text.length > 0) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + part.length });
    text += part;
  }
  return { text, paragraphs };
}

/** A minimal CleanArticle from a plain text with an optional leading `date YYYY-MM-DD` header. */
export function articleOf(id: string, raw: string): CleanArticle {
  const header = /^\s*date (\d{4}-\d{2}-\d{2})\s*/.exec(raw);
  const body = header ? raw.slice(header[0].length) : raw;
  const { text, paragraphs } = paragraphsOf(body);
  return {
    kind: 'article', id, path: `${id}.txt`, input: 'text', title: null, url: null, source: null,
    publishedAt: header?.[1] ?? null, language: 'en', diagnostics: [], text, paragraphs,
    headings: [], removed: [], dateline: null, wire: null, words: text.split(/\s+/).length,
  };
}

/** The seed reports, by file name without extension. */
export function loadSeeds(): Map<string, CleanArticle> {
  const seeds = new Map<string, CleanArticle>();
  for (const name of readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()) {
    const id = name.replace(/\.txt$/, '');
    seeds.set(id, articleOf(id, readFileSync(new URL(name, seedDir), 'utf8')));
  }
  return seeds;
}
