/**
 * Builds a QuoteInput from a seed report the way the clean stage would hand it over: the date
 * header dropped, one paragraph per line (joined by blank lines), apostrophes inside words made
 * ASCII. The seeds are read from ../shared/corpus/seeds; nothing of them is copied here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Span } from '../../src/types.ts';
import type { QuoteInput } from '../../src/quotes/index.ts';

export const seedDir = new URL('../../../shared/corpus/seeds/', import.meta.url);

export function seedNames(): string[] {
  return readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
}

/** The clean text of a seed: header dropped, paragraphs separated by blank lines. */
export function cleanSeedText(raw: string): string {
  const body = raw.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '');
  return body
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n\n')
    .replace(/(?<=\p{L})\u2019(?=\p{L})/gu, "'");
}

export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    spans.push({ start, end: start + part.length });
    start += part.length + 2;
  }
  return spans;
}

/** A QuoteInput for a seed by its file-name prefix (`000`), with no nlp sentences or entities. */
export function seedInput(prefix: string): QuoteInput {
  const name = seedNames().find((n) => n.startsWith(prefix));
  if (name === undefined) throw new Error(`no seed ${prefix}`);
  const text = cleanSeedText(readFileSync(new URL(name, seedDir), 'utf8'));
  return { text, paragraphs: paragraphSpans(text), sentences: [], entities: [] };
}
