/**
 * The quotes stage: direct quotes and their speakers.
 *
 * Diagnostics (source `quotes`):
 * - `low-confidence-speaker` (warning): a speaker was found below `minSpeakerConfidence`.
 * - `unattributed-quote` (info): a quote is kept without a speaker.
 * - `scare-quote` (info): a short quoted term without a speech verb (a title, a nickname) was not
 *   taken as speech.
 */
import { info, warning } from '../diagnostics.ts';
import { contentId } from '../shared/hash.ts';
import type { ArticleEntity, ArticleQuote, Diagnostic, Sentence, Span } from '../types.ts';
import { classifyQuote } from './classify.ts';
import { buildContext } from './context.ts';
import type { QuotesOptions } from './options.ts';
import type { Resolver } from './resolve.ts';
import { normalizeMarks, scanQuotes, splitParagraphs, type ScannedQuote } from './scan.ts';
import { attributeQuote, type PreviousQuote } from './speaker.ts';

export { groupQuotes, type ArticleQuotes, type StoryQuote } from './group.ts';
export { normalizeQuoteText } from './normalize.ts';
export { defaultQuotesOptions, type QuotesOptions } from './options.ts';

export interface QuoteInput {
  /** Clean article text (paragraphs separated by a blank line). */
  readonly text: string;
  readonly paragraphs: readonly Span[];
  /** Sentences of the nlp stage. Quote frames need quote-aware sentences, so these are not relied on. */
  readonly sentences: readonly Sentence[];
  /** Person and organisation entities of the nlp stage (may be empty). */
  readonly entities: readonly ArticleEntity[];
}

export interface QuoteAnnotations {
  readonly quotes: readonly ArticleQuote[];
  readonly diagnostics: readonly Diagnostic[];
}

/** The quoted words without the marks, surrounding space and a trailing comma. */
function quotedWords(text: string, q: ScannedQuote): { text: string; span: Span } {
  let start = q.inner.start;
  let end = q.inner.end;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /[\s,]/.test(text[end - 1] ?? '')) end--;
  return { text: text.slice(start, end), span: { start, end } };
}

function diagnoseQuote(quote: ArticleQuote, options: QuotesOptions): Diagnostic | null {
  const s = quote.speaker;
  if (s === null) return info('quotes', { rule: 'unattributed-quote', message: 'No speaker was found for this quote.', span: quote.span });
  if (s.confidence >= options.minSpeakerConfidence) return null;
  return warning('quotes', {
    rule: 'low-confidence-speaker',
    message: `The speaker "${s.name}" was found with confidence ${s.confidence}.`,
    span: quote.span,
    data: { speaker: s.name, confidence: s.confidence },
  });
}

/** Finds the direct and partial quotes of one article and attributes each to a speaker. */
export function findQuotes(input: QuoteInput, options: QuotesOptions): QuoteAnnotations {
  const text = normalizeMarks(input.text);
  const paragraphs = input.paragraphs.length > 0 ? input.paragraphs : splitParagraphs(text);
  const scanned = scanQuotes(text, paragraphs);
  if (scanned.length === 0) return { quotes: [], diagnostics: [] };
  const entities = input.entities.filter((e) => e.type === 'person' || e.type === 'organization');
  const ctx = buildContext(text, paragraphs, scanned, entities);
  const resolver: Resolver = { ctx, persons: ctx.persons };
  const quotes: ArticleQuote[] = [];
  const kept: ScannedQuote[] = [];
  const diagnostics: Diagnostic[] = [];
  let previous: PreviousQuote | null = null;
  for (const q of scanned) {
    const kind = classifyQuote(ctx, q);
    const words = quotedWords(text, q);
    if (kind === 'scare') {
      diagnostics.push(info('quotes', { rule: 'scare-quote', message: `"${words.text}" reads as a term, not speech.`, span: words.span }));
      continue;
    }
    const speaker = attributeQuote(resolver, q, kind, previous);
    const quote: ArticleQuote = { id: contentId('quote', words.text, String(words.span.start)), text: words.text, kind, span: words.span, speaker };
    quotes.push(quote);
    kept.push(q);
    const d = diagnoseQuote(quote, options);
    if (d) diagnostics.push(d);
    previous = { quote: q, speaker };
  }
  return { quotes: backfillContinued(quotes, kept), diagnostics };
}

/**
 * A quote left open whose continuation found the speaker takes that speaker (`“A…¶“B,” X said`).
 * `scanned[i]` is the scanned quote of `quotes[i]`.
 */
function backfillContinued(quotes: ArticleQuote[], scanned: readonly ScannedQuote[]): ArticleQuote[] {
  const result = [...quotes];
  for (let i = result.length - 2; i >= 0; i--) {
    const here = result[i] as ArticleQuote;
    const next = result[i + 1] as ArticleQuote;
    if (here.speaker !== null || next.speaker === null || !scanned[i + 1]?.continues) continue;
    result[i] = { ...here, speaker: { ...next.speaker, confidence: Math.min(next.speaker.confidence, 0.8) } };
  }
  return result;
}
