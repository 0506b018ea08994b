/**
 * Across a story: the same quote reported by several articles becomes one quote with variants.
 * Wordings are compared Quotebank-style (normalize.ts); the longest wording gives the quote's text
 * and each other wording becomes a variant. Two wordings with different known speakers stay apart.
 */
import type { ArticleQuote, QuoteSpeaker, StoryQuote } from '../types.ts';
import { contentId } from '../shared/hash.ts';
import { normalizeQuoteText, quoteStems, sameQuote } from './normalize.ts';

export type { StoryQuote };

export interface ArticleQuotes {
  readonly article: string;
  readonly quotes: readonly ArticleQuote[];
}

interface Member {
  readonly article: string;
  readonly quote: ArticleQuote;
  readonly stems: readonly string[];
}

const surname = (s: QuoteSpeaker): string => s.name.toLowerCase().split(/\s+/).pop() ?? '';

function sameSpeaker(a: QuoteSpeaker | null, b: QuoteSpeaker | null): boolean {
  if (a === null || b === null) return true;
  if (a.entity !== null && a.entity === b.entity) return true;
  return surname(a) === surname(b);
}

function fits(group: readonly Member[], m: Member): boolean {
  return group.some((g) => sameSpeaker(g.quote.speaker, m.quote.speaker)) && group.some((g) => sameQuote(g.stems, m.stems));
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function toStoryQuote(group: readonly Member[]): StoryQuote {
  const head = group[0] as Member;
  const spoken = group.map((m) => m.quote.speaker).filter((s): s is QuoteSpeaker => s !== null);
  const best = spoken.sort((a, b) => b.confidence - a.confidence)[0];
  const wordings = new Map<string, { text: string; articles: string[] }>();
  for (const m of group.slice(1)) {
    const key = normalizeQuoteText(m.quote.text);
    if (key === normalizeQuoteText(head.quote.text)) continue;
    const w = wordings.get(key) ?? { text: m.quote.text, articles: [] };
    w.articles.push(m.article);
    wordings.set(key, w);
  }
  return {
    id: contentId('story-quote', normalizeQuoteText(head.quote.text)),
    speaker: best ? { name: best.name, entity: best.entity } : null,
    text: head.quote.text,
    kind: group.some((m) => m.quote.kind === 'full') ? 'full' : 'partial',
    articles: unique(group.map((m) => m.article)),
    variants: [...wordings.values()].map((w) => ({ text: w.text, articles: unique(w.articles) })),
  };
}

/** Groups the quotes of a story's articles: one StoryQuote per quote, longest wording first. */
export function groupQuotes(perArticle: readonly ArticleQuotes[]): StoryQuote[] {
  const members: Member[] = perArticle.flatMap((a) =>
    a.quotes.map((quote) => ({ article: a.article, quote, stems: quoteStems(quote.text) })),
  );
  const byLength = [...members].sort((a, b) => b.stems.length - a.stems.length);
  const groups: Member[][] = [];
  for (const m of byLength) {
    const group = groups.find((g) => fits(g, m));
    if (group) group.push(m);
    else groups.push([m]);
  }
  const order = (g: readonly Member[]): number => Math.min(...g.map((m) => members.indexOf(m)));
  return groups.sort((a, b) => order(a) - order(b)).map(toStoryQuote);
}
