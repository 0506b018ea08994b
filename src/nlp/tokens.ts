/**
 * Sentences and tokens of a clean article, with character spans in its `text`. wink-nlp reads the
 * whole article once; its sentences are then cut at paragraph boundaries, so a sentence never runs
 * across paragraphs, and text between paragraphs (the blank lines) yields no tokens.
 */
import type { WinkMethods } from 'wink-nlp';
import type { Sentence, Span } from '../types.ts';

/* ---- The shape of a token value, read once so the rules never run a regular expression on it again ---- */

export type Shape = 'upper' | 'lower' | 'none';

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const LETTER = /^\p{L}/u;

/** Case of the first character of `value`: ASCII by code, the rest by Unicode property. */
export function shapeOf(value: string): Shape {
  const code = value.charCodeAt(0);
  if (code >= 65 && code <= 90) return 'upper';
  if (code >= 97 && code <= 122) return 'lower';
  if (code < 128 || Number.isNaN(code)) return 'none';
  return UPPER.test(value) ? 'upper' : LOWER.test(value) ? 'lower' : 'none';
}

/** True when the first character of `value` is a letter. */
export function startsWithLetter(value: string): boolean {
  const code = value.charCodeAt(0);
  if (code < 128 || Number.isNaN(code)) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(value);
}

/** A lower-case word without one trailing full stop ("gen." → "gen"). */
export const bareOf = (lower: string): string =>
  lower.length > 1 && lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;

export interface Token {
  readonly text: string;
  readonly lower: string;
  /** `lower` without one trailing full stop ("gen." → "gen"): the key of the word lists. */
  readonly bare: string;
  /** Case of the first character: `upper` (A), `lower` (a) or `none` (digits, marks, uncased scripts). */
  readonly shape: Shape;
  /** The first character is a letter. */
  readonly word: boolean;
  readonly start: number;
  readonly end: number;
  /** Index in the article's sentences. */
  readonly sentence: number;
  /** The paragraph reads like a title-case heading ("Talks Highlight Deep Ties"). */
  readonly inHeadline: boolean;
}

export interface TokenizedText {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

/** What wink-nlp gives for one article, with each token placed in the text and in a paragraph. */
interface Reading {
  readonly values: readonly string[];
  readonly sentenceSpans: readonly (readonly number[])[];
  readonly starts: Int32Array;
  /** Paragraph of each token; -1 for white space and text outside every paragraph. */
  readonly paragraphOf: Int32Array;
}

function readText(wink: WinkMethods, text: string): Pick<Reading, 'values' | 'sentenceSpans'> {
  const its = wink.its;
  const doc = wink.readDoc(text);
  const tokens = doc.tokens();
  return {
    values: tokens.out(its.value) as string[],
    sentenceSpans: doc.sentences().out(its.span) as unknown as number[][],
  };
}

const isBlank = (value: string): boolean => value.charCodeAt(0) <= 32 && value.trim().length === 0;

/** Finds each token value in order in the text and the paragraph that holds it. */
function place(wink: WinkMethods, text: string, paragraphs: readonly Span[]): Reading {
  const read = readText(wink, text);
  const starts = new Int32Array(read.values.length);
  const paragraphOf = new Int32Array(read.values.length).fill(-1);
  const values = read.values;
  let cursor = 0;
  let p = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as string;
    const at = text.indexOf(value, cursor);
    const start = at < 0 ? cursor : at;
    starts[i] = start;
    cursor = at < 0 ? cursor : at + value.length;
    while (p < paragraphs.length && (paragraphs[p] as Span).end <= start) p += 1;
    const span = paragraphs[p];
    if (span && start >= span.start && !isBlank(value)) paragraphOf[i] = p;
  }
  return { ...read, starts, paragraphOf };
}

const SENTENCE_END = /[.!?]["”’]?\s*$/;

/** A short paragraph whose words are mostly capitalised and that does not end like a sentence. */
function headlineParagraphs(reading: Reading, text: string, paragraphs: readonly Span[]): boolean[] {
  const words = new Array<number>(paragraphs.length).fill(0);
  const capitalised = new Array<number>(paragraphs.length).fill(0);
  reading.values.forEach((value, i) => {
    const p = reading.paragraphOf[i] ?? -1;
    if (p < 0 || !startsWithLetter(value)) return;
    words[p] = (words[p] ?? 0) + 1;
    if (shapeOf(value) === 'upper' || value.length <= 3) capitalised[p] = (capitalised[p] ?? 0) + 1;
  });
  return paragraphs.map((span, p) => {
    const n = words[p] ?? 0;
    if (n < 2 || n > 20 || SENTENCE_END.test(text.slice(Math.max(span.start, span.end - 12), span.end))) return false;
    return (capitalised[p] ?? 0) / n >= 0.75;
  });
}

interface Collector {
  readonly tokens: Token[];
  readonly sentences: Sentence[];
}

interface SentenceInput {
  readonly text: string;
  readonly reading: Reading;
  readonly headline: readonly boolean[];
}

/** Adds the tokens first..last (all in one paragraph) as one sentence. */
function addSentence(out: Collector, input: SentenceInput, first: number, last: number): void {
  const { reading, text } = input;
  const paragraph = reading.paragraphOf[first] ?? 0;
  const sentence = out.sentences.length;
  const start = reading.starts[first] ?? 0;
  const end = (reading.starts[last] ?? 0) + (reading.values[last]?.length ?? 0);
  out.sentences.push({ span: { start, end }, text: text.slice(start, end), paragraph });
  const inHeadline = input.headline[paragraph] ?? false;
  for (let i = first; i <= last; i += 1) {
    if (reading.paragraphOf[i] !== paragraph) continue;
    const value = reading.values[i] ?? '';
    const at = reading.starts[i] ?? start;
    const lower = value.toLowerCase();
    out.tokens.push({
      text: value, lower, bare: bareOf(lower), shape: shapeOf(value), word: startsWithLetter(value),
      start: at, end: at + value.length, sentence, inHeadline,
    });
  }
}

/** Cuts one wink sentence (token indexes first..last) at paragraph changes and white space. */
function addSentences(out: Collector, input: SentenceInput, first: number, last: number): void {
  const para = input.reading.paragraphOf;
  let i = first;
  while (i <= last) {
    if ((para[i] ?? -1) < 0) {
      i += 1;
      continue;
    }
    let j = i;
    while (j + 1 <= last && (para[j + 1] === para[i] || para[j + 1] === -1)) j += 1;
    while (j > i && para[j] === -1) j -= 1;
    addSentence(out, input, i, j);
    i = j + 1;
  }
}

/** Splits the article into sentences (never across paragraphs) and tokens. */
export function tokenize(wink: WinkMethods, text: string, paragraphs: readonly Span[]): TokenizedText {
  const out: Collector = { tokens: [], sentences: [] };
  const kept = paragraphs.filter((span) => span.end > span.start);
  if (kept.length === 0) return out;
  const reading = place(wink, text, kept);
  const input: SentenceInput = { text, reading, headline: headlineParagraphs(reading, text, kept) };
  const indexOf = new Map(kept.map((span, k) => [k, paragraphs.indexOf(span)]));
  for (const [first, last] of reading.sentenceSpans) {
    if (first !== undefined && last !== undefined) addSentences(out, input, first, last);
  }
  if (kept.length === paragraphs.length) return out;
  return {
    tokens: out.tokens,
    sentences: out.sentences.map((s) => ({ ...s, paragraph: indexOf.get(s.paragraph) ?? s.paragraph })),
  };
}
