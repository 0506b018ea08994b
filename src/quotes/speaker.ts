/**
 * The speaker of one quote, trying the attribution rules from the strongest to the weakest: words
 * after the quote, words before it, a colon line before it, then the quote it continues or stands
 * next to, then (for a partial quote) the subject of its sentence.
 */
import type { QuoteSpeaker } from '../types.ts';
import { attributeAfter, attributeBefore, attributeColonLine, attributeDashLine, sentenceSubject, type Attribution } from './attribute.ts';
import type { QuoteKind } from './classify.ts';
import { resolveSpeaker, type Resolver } from './resolve.ts';
import type { ScannedQuote } from './scan.ts';
import { sentenceAt } from './sentences.ts';

/** The quote before this one and the speaker it was given. */
export interface PreviousQuote {
  readonly quote: ScannedQuote;
  readonly speaker: QuoteSpeaker | null;
}

const withConfidence = (s: QuoteSpeaker, confidence: number): QuoteSpeaker => ({
  ...s,
  confidence: Math.round(Math.min(s.confidence, confidence) * 100) / 100,
});

function findAttribution(r: Resolver, q: ScannedQuote): Attribution | null {
  const { ctx } = r;
  const open = ctx.sentences[sentenceAt(ctx.sentences, q.outer.start)];
  return (
    attributeAfter(ctx, q, afterEnd(r, q)) ??
    attributeDashLine(ctx, q) ??
    attributeBefore(ctx, open?.start ?? 0, q.outer.start) ??
    attributeColonLine(ctx, q)
  );
}

/** Where words after a quote can attribute it: its sentence, or the next one when the quote ends it. */
function afterEnd(r: Resolver, q: ScannedQuote): number {
  const { sentences, text } = r.ctx;
  const i = sentenceAt(sentences, Math.max(q.outer.start, q.outer.end - 1));
  const own = sentences[i];
  const next = sentences[i + 1];
  if (!own) return text.length;
  if (own.end > q.outer.end + 1 || !next || text.slice(own.end, next.start).includes('\n')) return own.end;
  const quoted = r.ctx.quotes.some((o) => o.outer.start >= next.start && o.outer.start < next.end);
  return quoted ? own.end : next.end;
}

/** The speaker of the quote before, when this one continues it or stands right after it. */
function fromPrevious(r: Resolver, q: ScannedQuote, previous: PreviousQuote | null): QuoteSpeaker | null {
  if (previous?.speaker == null) return null;
  if (q.continues) return withConfidence(previous.speaker, 0.85);
  const gap = r.ctx.text.slice(previous.quote.outer.end, q.outer.start);
  if (q.paragraph === previous.quote.paragraph && gap.length < 200) return withConfidence(previous.speaker, 0.75);
  if (q.paragraph === previous.quote.paragraph + 1 && startsParagraph(r, q)) return withConfidence(previous.speaker, 0.6);
  return null;
}

function startsParagraph(r: Resolver, q: ScannedQuote): boolean {
  const s = r.ctx.sentences[sentenceAt(r.ctx.sentences, q.outer.start)];
  return s !== undefined && r.ctx.text.slice(s.start, q.outer.start).trim() === '';
}

/** A partial quote without a speech verb: the subject of its sentence, at low confidence. */
function fromSubject(r: Resolver, q: ScannedQuote, kind: QuoteKind): QuoteSpeaker | null {
  const s = r.ctx.sentences[sentenceAt(r.ctx.sentences, q.outer.start)];
  if (!s) return null;
  const mention = sentenceSubject(r.ctx, s.start, q.outer.start, []);
  const confidence = kind === 'partial' ? 0.5 : 0.45;
  return mention ? resolveSpeaker(r, { mention, objects: [], cue: 'subject', confidence }) : null;
}

export function attributeQuote(r: Resolver, q: ScannedQuote, kind: QuoteKind, previous: PreviousQuote | null): QuoteSpeaker | null {
  const a = findAttribution(r, q);
  const found = a ? resolveSpeaker(r, a) : null;
  if (found) return found;
  const prior = fromPrevious(r, q, previous);
  if (prior) return prior;
  return fromSubject(r, q, kind);
}
