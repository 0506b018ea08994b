/**
 * Quotes across articles: the story's grouped quotes (StoryQuote) as contract quotes, and a `quote`
 * conflict for each quote whose articles give different wordings.
 */
import type { AnnotatedArticle, BriefQuote, StoryQuote } from '../types.ts';
import type { ClaimUnit } from './model.ts';
import { toFinding, type ConflictFinding, type Position } from './positions.ts';

export function toBriefQuotes(quotes: readonly StoryQuote[]): BriefQuote[] {
  return quotes.map((q) => ({
    id: q.id,
    speaker: q.speaker ? { name: q.speaker.name, entity: q.speaker.entity } : null,
    text: q.text,
    kind: q.kind,
    articles: [...q.articles],
    variants: q.variants.map((v) => ({ text: v.text, articles: [...v.articles] })),
  }));
}

function wording(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();
}

function overlap(a: string, b: string): number {
  const words = new Set(wording(a).split(' '));
  return wording(b).split(' ').filter((w) => words.has(w)).length;
}

/** The sentence of an article that holds its quote closest in wording to `text`, as a citation unit. */
function citingUnit(article: AnnotatedArticle, text: string): ClaimUnit | null {
  let quote: AnnotatedArticle['quotes'][number] | undefined;
  let best = 0;
  for (const q of article.quotes) {
    const score = overlap(q.text, text);
    if (score > best) {
      quote = q;
      best = score;
    }
  }
  if (quote === undefined) return null;
  const at = quote.span.start;
  const sentence = article.sentences.find((s) => s.span.end > at && s.span.start <= at);
  if (sentence === undefined) return null;
  return {
    index: -1, article: article.id, source: article.id, articleOrder: 0, sentenceIndex: -1,
    sentence: sentence.text, text: sentence.text, span: sentence.span, words: 0,
    terms: [], keyTerms: [], entities: [], actors: [], subjects: [], dates: [], numbers: [], places: [], quoteOnly: true,
  };
}

function positionFor(text: string, articles: readonly string[], byId: ReadonlyMap<string, AnnotatedArticle>): Position {
  const units = articles
    .map((id) => {
      const article = byId.get(id);
      return article ? citingUnit(article, text) : null;
    })
    .filter((u): u is ClaimUnit => u !== null);
  return { value: text, units };
}

/** A `quote` conflict per quote whose variants differ in words, not only in punctuation. */
export function quoteConflicts(quotes: readonly StoryQuote[], articles: readonly AnnotatedArticle[]): ConflictFinding[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const out: ConflictFinding[] = [];
  for (const quote of quotes) {
    const variants = quote.variants.filter((v) => wording(v.text) !== wording(quote.text));
    if (variants.length === 0) continue;
    const positions = [
      positionFor(quote.text, quote.articles, byId),
      ...variants.map((v) => positionFor(v.text, v.articles, byId)),
    ];
    const who = quote.speaker ? `${quote.speaker.name}'s` : 'an unattributed';
    const finding = toFinding({ about: `the wording of ${who} quote`, kind: 'quote', evolving: false, positions });
    const conflict = {
      ...finding.conflict,
      positions: finding.conflict.positions.map((p, i) => ({ ...p, articles: [...(i === 0 ? quote.articles : variants[i - 1]?.articles ?? [])] })),
    };
    out.push({ conflict, units: [] });
  }
  return out;
}
