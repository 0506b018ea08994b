/**
 * Quote-aware sentence spans. A full stop inside a quote that goes on (“A. B,” she said) does not end
 * the writer's sentence, so the attribution after the quote stays in the quote's sentence. The
 * sentences of the nlp stage split inside quotes, which is why the quote rules compute their own.
 */
import type { Span } from '../types.ts';
import type { ScannedQuote } from './scan.ts';

/** A word before a full stop that does not end a sentence (`Mr.`, `U.S.`, an initial). */
export const abbreviation = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|St|Jr|Sr|Inc|Co|Corp|Ltd|No|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K|D\.C)|\b[A-Z])\.$/;

/** True when `pos` lies strictly inside a quote's words (quotes are in text order and do not overlap). */
function insideQuote(pos: number, quotes: readonly ScannedQuote[]): boolean {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid] as ScannedQuote).inner.start < pos) lo = mid + 1;
    else hi = mid;
  }
  const q = quotes[lo - 1];
  return q !== undefined && pos < q.inner.end;
}

const terminator = /[.!?]/g;

/** Where the sentence that holds the terminator at `i` ends (after closing marks), or -1. */
function boundaryAfter(text: string, i: number, end: number): number {
  let j = i + 1;
  while (j < end && /[.!?"\u201D\u2019')\]]/.test(text[j] ?? '')) j++;
  if (j >= end) return end;
  if (!/\s/.test(text[j] ?? '')) return -1;
  let k = j;
  while (k < end && /\s/.test(text[k] ?? '')) k++;
  return /[\p{Lu}\p{N}"\u201C\u2018(]/u.test(text[k] ?? '') ? j : -1;
}

function splitParagraph(text: string, para: Span, quotes: readonly ScannedQuote[]): Span[] {
  const spans: Span[] = [];
  let start = para.start;
  terminator.lastIndex = para.start;
  for (let m = terminator.exec(text); m !== null && m.index < para.end; m = terminator.exec(text)) {
    let i = m.index;
    if (text[i] === '.' && abbreviation.test(text.slice(Math.max(para.start, i - 6), i + 1))) continue;
    const end = boundaryAfter(text, i, para.end);
    if (end < 0 || insideQuote(end - 1, quotes)) continue;
    spans.push({ start, end });
    start = skipSpace(text, end, para.end);
    i = Math.max(i, end - 1);
    terminator.lastIndex = i + 1;
  }
  if (start < para.end) spans.push({ start, end: para.end });
  return spans;
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i] ?? '')) i++;
  return i;
}

/** Sentence spans of every paragraph, in order, never crossing a paragraph. */
export function splitSentences(text: string, paragraphs: readonly Span[], quotes: readonly ScannedQuote[]): Span[] {
  return paragraphs.flatMap((para) => splitParagraph(text, para, quotes));
}

/** Index of the sentence that holds position `pos` (the last one starting at or before it). */
export function sentenceAt(sentences: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.start ?? 0) <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
