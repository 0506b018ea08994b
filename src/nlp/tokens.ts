/**
 * Sentences and tokens of a clean article, with character spans in its `text`. wink-nlp reads one
 * paragraph at a time, so a sentence never runs across paragraphs.
 */
import type { WinkMethods } from 'wink-nlp';
import type { Sentence, Span } from '../types.ts';

export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly stopWord: boolean;
  /** Index in the article's sentences. */
  readonly sentence: number;
  readonly sentenceStart: boolean;
  /** The paragraph reads like a title-case heading ("Talks Highlight Deep Ties"). */
  readonly inHeadline: boolean;
}

export interface TokenizedText {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

const CAPITALISED = /^\p{Lu}/u;

/** A short paragraph whose words are mostly capitalised and that does not end like a sentence. */
function isHeadlineLike(values: readonly string[], paragraph: string): boolean {
  const words = values.filter((v) => /^\p{L}/u.test(v));
  if (words.length < 2 || words.length > 20 || /[.!?]["”’]?\s*$/.test(paragraph)) return false;
  const capitalised = words.filter((w) => CAPITALISED.test(w) || w.length <= 3).length;
  return capitalised / words.length >= 0.75;
}

interface ParagraphRead {
  readonly values: readonly string[];
  readonly stop: readonly boolean[];
  readonly sentenceSpans: readonly (readonly number[])[];
}

function readParagraph(wink: WinkMethods, text: string): ParagraphRead {
  const its = wink.its;
  const doc = wink.readDoc(text);
  const tokens = doc.tokens();
  return {
    values: tokens.out(its.value) as string[],
    stop: tokens.out(its.stopWordFlag) as unknown as boolean[],
    sentenceSpans: doc.sentences().out(its.span) as unknown as number[][],
  };
}

/** Character offsets of each token value, found in order in the paragraph text. */
function locate(text: string, values: readonly string[], base: number): Span[] {
  const spans: Span[] = [];
  let cursor = 0;
  for (const value of values) {
    const at = text.indexOf(value, cursor);
    const start = at < 0 ? cursor : at;
    const end = at < 0 ? cursor : at + value.length;
    spans.push({ start: base + start, end: base + end });
    cursor = end;
  }
  return spans;
}

interface Collector {
  readonly tokens: Token[];
  readonly sentences: Sentence[];
}

function addParagraph(out: Collector, wink: WinkMethods, text: string, span: Span, paragraph: number): void {
  const piece = text.slice(span.start, span.end);
  const read = readParagraph(wink, piece);
  const spans = locate(piece, read.values, span.start);
  const inHeadline = isHeadlineLike(read.values, piece);
  for (const [first, last] of read.sentenceSpans) {
    if (first === undefined || last === undefined) continue;
    const sentence = out.sentences.length;
    const start = spans[first]?.start ?? span.start;
    const end = spans[last]?.end ?? span.end;
    out.sentences.push({ span: { start, end }, text: text.slice(start, end), paragraph });
    for (let i = first; i <= last; i += 1) {
      const value = read.values[i] ?? '';
      const at = spans[i] ?? { start, end: start };
      out.tokens.push({
        text: value, lower: value.toLowerCase(), start: at.start, end: at.end,
        stopWord: read.stop[i] ?? false, sentence, sentenceStart: i === first, inHeadline,
      });
    }
  }
}

/** Splits each paragraph into sentences and tokens. */
export function tokenize(wink: WinkMethods, text: string, paragraphs: readonly Span[]): TokenizedText {
  const out: Collector = { tokens: [], sentences: [] };
  paragraphs.forEach((span, index) => {
    if (span.end > span.start) addParagraph(out, wink, text, span, index);
  });
  return out;
}
