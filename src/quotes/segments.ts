/**
 * A quote cut into utterance segments, the unit that is compared across a story's articles: a full
 * quote splits at its sentence ends and at `...`/`…` (where a report left words out); a partial
 * quote is one segment. Each segment keeps its place in the quote text, its normalised words, light
 * stems and content stems (function words dropped), so comparing two segments needs no re-reading.
 */
import type { ArticleQuote, QuoteSpeaker } from '../types.ts';
import { contentStems, normalizeQuoteText, stem } from './normalize.ts';
import { abbreviation } from './sentences.ts';

export interface Segment {
  /** Index of the segment in the story's segment list. */
  readonly index: number;
  readonly article: string;
  /** Index of the quote in the story's quote list (a story-wide quote number). */
  readonly quote: number;
  /** Position of the segment in its quote: 0, 1, 2… */
  readonly order: number;
  /** Character range in the quote's text. */
  readonly start: number;
  readonly end: number;
  readonly kind: 'full' | 'partial';
  readonly speaker: QuoteSpeaker | null;
  /** Normalised words, in order. */
  readonly words: readonly string[];
  readonly stems: readonly string[];
  /** Stems of the words that carry meaning (no articles, pronouns, prepositions, auxiliaries). */
  readonly content: ReadonlySet<string>;
}

/** Ends of a sentence inside a quote (`. `, `?" `) and elisions (`...`, `…`). */
const cut = /(?:\.{3}|…)\s*|[.!?]+["”’)\]]*\s+(?=["“‘(\[]?[\p{Lu}\p{N}])/gu;

/** Character ranges of the utterance segments of a quote text. */
export function segmentRanges(text: string, kind: 'full' | 'partial'): { start: number; end: number }[] {
  if (kind === 'partial') return [{ start: 0, end: text.length }];
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  cut.lastIndex = 0;
  for (let m = cut.exec(text); m !== null; m = cut.exec(text)) {
    const elision = m[0].startsWith('...') || m[0].startsWith('…');
    if (!elision && m[0].startsWith('.') && abbreviation.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    const end = elision ? m.index : m.index + m[0].trimEnd().length;
    if (end > start) ranges.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges.map((r) => trimRange(text, r)).filter((r) => /[\p{L}\p{N}]/u.test(text.slice(r.start, r.end)));
}

/** A range without the spaces and joining punctuation at its edges. */
function trimRange(text: string, r: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /[\s,;:\u2014\u2013-]/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

export interface QuoteRef {
  readonly article: string;
  readonly quote: ArticleQuote;
}

/** The segments of every quote of a story, in story order. */
export function segmentQuotes(quotes: readonly QuoteRef[]): Segment[] {
  const segments: Segment[] = [];
  quotes.forEach((ref, q) => {
    segmentRanges(ref.quote.text, ref.quote.kind).forEach((r, order) => {
      const piece = ref.quote.text.slice(r.start, r.end);
      const words = normalizeQuoteText(piece).split(' ').filter((w) => w !== '');
      if (words.length === 0) return;
      const stems = words.map(stem);
      segments.push({
        index: segments.length, article: ref.article, quote: q, order, start: r.start, end: r.end,
        kind: ref.quote.kind, speaker: ref.quote.speaker, words, stems, content: new Set(contentStems(words)),
      });
    });
  });
  return segments;
}
