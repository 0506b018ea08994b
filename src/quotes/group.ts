/**
 * Across a story: the same utterance reported by several articles becomes one story quote with its
 * other wordings as variants. Quotes are cut into utterance segments (segments.ts), segments are
 * aligned across articles by their representative (align.ts) and fused into units (fuse.ts); each
 * unit is one story quote. Its `text` is the wording most articles share (the most complete one on
 * a tie); every other wording is a variant with its articles. What a long quote says beyond the
 * aligned part stays a quote of its own. Segments of different known speakers never align.
 */
import type { ArticleQuote, QuoteSpeaker, StoryQuote } from '../types.ts';
import { contentId } from '../shared/hash.ts';
import { alignSegments } from './align.ts';
import { fuseSegments } from './fuse.ts';
import { normalizeQuoteText } from './normalize.ts';
import { defaultQuotesOptions, type QuotesOptions } from './options.ts';
import { segmentQuotes, type QuoteRef, type Segment } from './segments.ts';

export type { StoryQuote };

export interface ArticleQuotes {
  readonly article: string;
  readonly quotes: readonly ArticleQuote[];
}

interface Wording {
  readonly text: string;
  readonly key: string;
  readonly articles: string[];
  readonly words: number;
}

/** The words of one quote that a unit covers: runs of consecutive segments, gaps marked `...`. */
function wordingIn(quote: ArticleQuote, segments: readonly Segment[]): string {
  const runs: string[] = [];
  let runStart = segments[0] as Segment;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as Segment;
    const next = segments[i + 1];
    if (next !== undefined && next.order === s.order + 1) continue;
    runs.push(quote.text.slice(runStart.start, s.end));
    if (next !== undefined) runStart = next;
  }
  return runs.join(' ... ');
}

function wordingsOf(unit: readonly Segment[], refs: readonly QuoteRef[]): Wording[] {
  const byQuote = new Map<number, Segment[]>();
  for (const s of unit) byQuote.set(s.quote, [...(byQuote.get(s.quote) ?? []), s]);
  const wordings = new Map<string, Wording>();
  for (const [q, segments] of byQuote) {
    const ref = refs[q] as QuoteRef;
    const text = wordingIn(ref.quote, segments.sort((a, b) => a.order - b.order));
    const key = normalizeQuoteText(text);
    const w = wordings.get(key) ?? { text, key, articles: [], words: key.split(' ').length };
    if (!w.articles.includes(ref.article)) w.articles.push(ref.article);
    wordings.set(key, w);
  }
  return [...wordings.values()];
}

function bestSpeaker(unit: readonly Segment[]): QuoteSpeaker | null {
  let best: QuoteSpeaker | null = null;
  for (const s of unit) if (s.speaker && (best === null || s.speaker.confidence > best.confidence)) best = s.speaker;
  return best;
}

function toStoryQuote(unit: readonly Segment[], refs: readonly QuoteRef[]): StoryQuote {
  const wordings = wordingsOf(unit, refs);
  // Stable sort: most articles, then the most complete wording, then the first written.
  const ranked = [...wordings].sort((a, b) => b.articles.length - a.articles.length || b.words - a.words);
  const head = ranked[0] as Wording;
  const speaker = bestSpeaker(unit);
  return {
    id: contentId('story-quote', head.key),
    speaker: speaker ? { name: speaker.name, entity: speaker.entity } : null,
    text: head.text,
    kind: unit.some((s) => s.kind === 'full') ? 'full' : 'partial',
    articles: [...new Set(unit.map((s) => s.article))],
    variants: ranked.slice(1).map((w) => ({ text: w.text, articles: w.articles })),
  };
}

/** Groups the quotes of a story's articles into story quotes, in order of first appearance. */
export function groupQuotes(perArticle: readonly ArticleQuotes[], options: QuotesOptions = defaultQuotesOptions): StoryQuote[] {
  const refs: QuoteRef[] = perArticle.flatMap((a) => a.quotes.map((quote) => ({ article: a.article, quote })));
  const segments = segmentQuotes(refs);
  const units = fuseSegments(segments, alignSegments(segments, options), options);
  return units.map((unit) => toStoryQuote(unit.map((i) => segments[i] as Segment), refs));
}
