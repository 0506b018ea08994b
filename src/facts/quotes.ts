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

/**
 * Wordings of the texts one `quoteConflicts` call reads, each worked out once: the same quotes and
 * sentences are compared with every piece of every variant.
 */
interface Wordings {
  readonly of: (text: string) => string;
  readonly words: (text: string) => readonly string[];
  readonly set: (text: string) => ReadonlySet<string>;
}

function memo<T>(make: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined) {
      value = make(text);
      seen.set(text, value);
    }
    return value;
  };
}

function wordings(): Wordings {
  const of = memo(wording);
  const words = memo((text) => of(text).split(' '));
  return { of, words, set: memo((text) => new Set(words(text))) };
}

function overlap(a: string, b: string, w: Wordings): number {
  const words = w.set(a);
  let n = 0;
  for (const word of w.words(b)) if (words.has(word)) n += 1;
  return n;
}

/** The sentence of an article that holds its quote closest in wording to `text`, as a citation unit. */
function citingUnit(article: AnnotatedArticle, text: string, w: Wordings): ClaimUnit | null {
  let quote: AnnotatedArticle['quotes'][number] | undefined;
  let best = 0;
  for (const q of article.quotes) {
    const score = overlap(q.text, text, w);
    if (score > best) {
      quote = q;
      best = score;
    }
  }
  if (quote === undefined) return null;
  // The sentence inside the quote that holds most of the wording (a quote may run over several).
  const { start, end } = quote.span;
  let sentence: AnnotatedArticle['sentences'][number] | undefined;
  let most = -1;
  for (const s of article.sentences) {
    if (s.span.end <= start || s.span.start >= end) continue;
    const score = overlap(s.text, text, w);
    if (score > most) {
      sentence = s;
      most = score;
    }
  }
  if (sentence === undefined) return null;
  return {
    index: -1, article: article.id, source: article.id, articleOrder: 0, sentenceIndex: -1,
    sentence: sentence.text, text: sentence.text, span: sentence.span, words: 0,
    terms: [], keyTerms: [], quotedTerms: [], entities: [], actors: [], subjects: [], dates: [], numbers: [], places: [], quoteOnly: true,
    thirdParties: [], anchors: [], meeting: false,
  };
}

interface Lookup {
  readonly byId: ReadonlyMap<string, AnnotatedArticle>;
  readonly w: Wordings;
}

function positionFor(text: string, articles: readonly string[], { byId, w }: Lookup): Position {
  const units = articles
    .map((id) => {
      const article = byId.get(id);
      return article ? citingUnit(article, text, w) : null;
    })
    .filter((u): u is ClaimUnit => u !== null);
  return { value: text, units };
}

/** The sentences (and "..."-separated pieces) of a quotation. */
function segments(text: string, w: Wordings): string[] {
  return text.split(/(?<=[.!?])\s+|\s*(?:\.\.\.|…)\s*/).map((t) => t.trim()).filter((t) => w.words(t).length >= 4);
}

/** Dice overlap of two wordings' words (0..1). */
function dice(a: string, b: string, w: Wordings): number {
  return (2 * overlap(a, b, w)) / (w.words(a).length + w.words(b).length);
}

/** Two pieces are one utterance worded differently: most words shared, not the same words. */
const SAME_UTTERANCE = 0.6;

interface Wording {
  readonly text: string;
  readonly articles: readonly string[];
}

/** Pairs of pieces, one from each wording, that say the same thing in other words. */
function rewordings(a: Wording, b: Wording, w: Wordings): { readonly left: string; readonly right: string }[] {
  const out: { left: string; right: string }[] = [];
  for (const left of segments(a.text, w)) {
    for (const right of segments(b.text, w)) {
      if (w.of(left) === w.of(right) || w.of(a.text).includes(w.of(right))) continue;
      if (dice(left, right, w) >= SAME_UTTERANCE) out.push({ left, right });
    }
  }
  return out;
}

/** Articles whose own quotes hold the piece (normalised), among the given ones. */
function holders(piece: string, ids: readonly string[], { byId, w }: Lookup): string[] {
  const target = w.of(piece);
  const found = ids.filter((id) => byId.get(id)?.quotes.some((q) => w.of(q.text).includes(target)) ?? false);
  return found.length > 0 ? found : [...ids];
}

/**
 * A `quote` conflict for each utterance that articles quote in different words ("relations" /
 * "relationship"): positions are the differing wordings of that one utterance. Fragments quoted
 * word for word, and other things the same speaker said, are not conflicts.
 */
export function quoteConflicts(quotes: readonly StoryQuote[], articles: readonly AnnotatedArticle[]): ConflictFinding[] {
  const lookup: Lookup = { byId: new Map(articles.map((a) => [a.id, a])), w: wordings() };
  const found = new Map<string, ConflictFinding>();
  for (const quote of quotes) {
    const main: Wording = { text: quote.text, articles: quote.articles };
    for (const variant of quote.variants) {
      for (const { left, right } of rewordings(main, variant, lookup.w)) {
        const leftArticles = holders(left, main.articles, lookup);
        const rightArticles = holders(right, variant.articles, lookup);
        const positions = [positionFor(left, leftArticles, lookup), positionFor(right, rightArticles, lookup)];
        const who = quote.speaker ? `${quote.speaker.name}'s` : 'an unattributed';
        const finding = toFinding({ about: `the wording of ${who} words`, kind: 'quote', evolving: false, positions });
        const articlesOf = [leftArticles, rightArticles];
        const conflict = { ...finding.conflict, positions: finding.conflict.positions.map((p, i) => ({ ...p, articles: [...(articlesOf[i] ?? [])] })) };
        if (!found.has(conflict.id)) found.set(conflict.id, { conflict, units: [] });
      }
    }
  }
  return [...found.values()];
}
