/**
 * What kind of quote a scanned span is: `full` (a quote that stands as speech: it opens its sentence,
 * or follows a colon or a comma), `partial` (a fragment quoted inside the writer's sentence,
 * `praised X as “a dynamic leader”`) or `scare` (one to three words with no speech verb nearby: a
 * title, a nickname, a term held at arm's length — not speech, so not a quote).
 */
import { isSpeechVerb } from './_lexicon.ts';
import { tokensIn, type QuoteContext } from './context.ts';
import type { ScannedQuote } from './scan.ts';
import { sentenceAt } from './sentences.ts';

export type QuoteKind = 'full' | 'partial' | 'scare';

/** Words right before a quote that make it a name or a term, not speech. */
const naming = /\b(?:so-called|dubbed|nicknamed|known as|titled|entitled|named|term|word|words|phrase|slogan|hashtag|label|call(?:s|ed|ing)? (?:it|this|that)(?: the| an?)?)\s*$/i;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** True when the quote opens its sentence or follows a colon, comma or dash. */
function standsAlone(ctx: QuoteContext, q: ScannedQuote): boolean {
  const s = ctx.sentences[sentenceAt(ctx.sentences, q.outer.start)];
  const before = ctx.text.slice(s?.start ?? 0, q.outer.start).trimEnd();
  return before === '' || /[:,\u2014\u2013-]$/.test(before);
}

/** True when a speech verb stands within a few words before the quote, or just after it. */
function hasSpeechVerbNearby(ctx: QuoteContext, q: ScannedQuote): boolean {
  const s = ctx.sentences[sentenceAt(ctx.sentences, q.outer.start)];
  const e = ctx.sentences[sentenceAt(ctx.sentences, Math.max(q.outer.start, q.outer.end - 1))];
  const before = tokensIn(ctx, s?.start ?? 0, q.outer.start).slice(-wordsBefore);
  const after = tokensIn(ctx, q.outer.end, e?.end ?? ctx.text.length).slice(0, wordsAfter);
  return [...before, ...after].some((t) => isSpeechVerb(t.text));
}

/** How near (in words) a speech verb must stand to make a short quote speech. */
const wordsBefore = 8;
const wordsAfter = 4;

export function classifyQuote(ctx: QuoteContext, q: ScannedQuote): QuoteKind {
  const inner = ctx.text.slice(q.inner.start, q.inner.end).trim();
  const words = wordCount(inner);
  const sentenceLike = /[.!?,…]$/.test(inner) || /[.!?]\s+\p{Lu}/u.test(inner);
  const before = ctx.text.slice(Math.max(0, q.outer.start - 40), q.outer.start);
  if (words === 0) return 'scare';
  if (naming.test(before)) return 'scare';
  if (words <= 3 && !sentenceLike && !hasSpeechVerbNearby(ctx, q)) return 'scare';
  if (q.continues) return 'full';
  if (q.marks === 'single' && words <= 3 && !sentenceLike) return 'scare';
  const capital = /^[\p{Lu}\p{N}"“‘'(\[…]|^\.\.\./u.test(inner);
  return standsAlone(ctx, q) && (capital || words > 8) ? 'full' : 'partial';
}
