/**
 * A tolerant quote-mark scanner. It pairs “…”, "…" and mixed marks (“…"), repairs marks written the
 * wrong way round, lets a quote left open at the end of a paragraph continue into the next paragraph
 * when that one opens with a quote mark (the news convention for long quotes), and finds ‘…’ quotes
 * outside double quotes. It knows nothing about speakers.
 */
import type { Span } from '../types.ts';

export interface ScannedQuote {
  /** The quoted words, without the marks. */
  readonly inner: Span;
  /** From the opening mark to the closing mark (or the paragraph end when unclosed). */
  readonly outer: Span;
  readonly paragraph: number;
  /** True when no closing mark was found in the paragraph. */
  readonly unclosed: boolean;
  /** True when this quote continues a quote left open in the previous paragraph. */
  readonly continues: boolean;
  readonly marks: 'double' | 'single';
}

const isSpace = (c: string | undefined): boolean => c === undefined || /[\s([{\u2014\u2013-]/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** How a double mark reads at position i: opening, closing, or either way. */
function markDirection(text: string, i: number, from: number, to: number): 'open' | 'close' | 'either' {
  const mark = text[i];
  const before = i > from ? text[i - 1] : undefined;
  const after = i + 1 < to ? text[i + 1] : undefined;
  const spaceBefore = isSpace(before) || before === '\u201C' || before === '"';
  const spaceAfter = after === undefined || /[\s.,;:!?)\]\u2014\u2013]/.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  if (mark === '\u201C') return 'open';
  if (mark === '\u201D') return 'close';
  return 'either';
}

interface OpenQuote {
  readonly start: number;
  readonly continues: boolean;
}

function makeQuote(open: OpenQuote, close: number, paragraph: number, unclosed: boolean): ScannedQuote {
  return {
    inner: { start: open.start + 1, end: close },
    outer: { start: open.start, end: unclosed ? close : close + 1 },
    paragraph,
    unclosed,
    continues: open.continues,
    marks: 'double',
  };
}

/** Positions of the marks of a text, found in one pass, and the next one to read. */
interface Marks {
  readonly at: readonly number[];
  next: number;
}

function findMarks(text: string, pattern: RegExp): Marks {
  return { at: [...text.matchAll(pattern)].map((m) => m.index), next: 0 };
}

/** The marks of [from, to), moving the reader past them. */
function marksIn(marks: Marks, from: number, to: number): number[] {
  while (marks.next < marks.at.length && (marks.at[marks.next] as number) < from) marks.next++;
  const found: number[] = [];
  while (marks.next < marks.at.length && (marks.at[marks.next] as number) < to) found.push(marks.at[marks.next++] as number);
  return found;
}

/** Double-quoted spans of one paragraph; `continues` marks a paragraph opening a continued quote. */
function scanDouble(text: string, para: Span, index: number, continues: boolean, marks: readonly number[]): ScannedQuote[] {
  const found: ScannedQuote[] = [];
  let open: OpenQuote | null = null;
  for (const i of marks) {
    const c = text[i];
    const dir = markDirection(text, i, para.start, para.end);
    if (open === null) {
      if (dir !== 'close' || c === '"') open = { start: i, continues: continues && found.length === 0 && i === firstMark(text, para) };
      continue;
    }
    if (dir === 'open') {
      found.push(makeQuote(open, trimEndAt(text, open.start, i), index, true));
      open = { start: i, continues: false };
      continue;
    }
    found.push(makeQuote(open, i, index, false));
    open = null;
  }
  if (open !== null) found.push(makeQuote(open, trimEndAt(text, open.start, para.end), index, true));
  return found.filter((q) => q.inner.end > q.inner.start);
}

function trimEndAt(text: string, from: number, to: number): number {
  let end = to;
  while (end > from + 1 && /\s/.test(text[end - 1] ?? '')) end--;
  return end;
}

function firstMark(text: string, para: Span): number {
  let i = para.start;
  while (i < para.end && /\s/.test(text[i] ?? '')) i++;
  return i;
}

const opensWithQuote = (text: string, para: Span): boolean => /["\u201C\u201E]/.test(text[firstMark(text, para)] ?? '');

/** ‘…’ spans in the parts of a paragraph that lie outside double quotes. */
function scanSingle(text: string, index: number, doubles: readonly ScannedQuote[], marks: readonly number[]): ScannedQuote[] {
  const found: ScannedQuote[] = [];
  let open = -1;
  let d = 0;
  for (const i of marks) {
    while (d < doubles.length && (doubles[d] as ScannedQuote).outer.end <= i) d++;
    const inside = doubles[d];
    if (inside !== undefined && i >= inside.outer.start) continue;
    const c = text[i];
    if (c === '\u2018' && isSpace(text[i - 1]) && isWordChar(text[i + 1])) open = i;
    else if (c === '\u2019' && open >= 0 && !isWordChar(text[i + 1]) && !/\s/.test(text[i - 1] ?? ' ')) {
      const q: OpenQuote = { start: open, continues: false };
      found.push({ ...makeQuote(q, i, index, false), marks: 'single' });
      open = -1;
    }
  }
  return found;
}

/**
 * The text with `''` and ``` `` ``` pairs (typewriter double quotes) written as one `"` and a space, so
 * every mark is one character; positions do not move.
 */
export function normalizeMarks(text: string): string {
  if (!text.includes("''") && !text.includes('``')) return text;
  return text.replace(/''|``/g, (pair, at: number) => {
    const next = text[at + 2];
    const opens = pair === '``' || (next !== undefined && /[\p{L}\p{N}(\[…$]/u.test(next) && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' '));
    return opens ? ' "' : '" ';
  });
}

/** All quotes of a text, in order. `paragraphs` are the spans of its paragraphs. */
export function scanQuotes(text: string, paragraphs: readonly Span[]): ScannedQuote[] {
  const all: ScannedQuote[] = [];
  const doubleMarks = findMarks(text, /["\u201C\u201D\u201E]/g);
  const singleMarks = findMarks(text, /[\u2018\u2019]/g);
  let carry = false;
  paragraphs.forEach((para, index) => {
    const continues = carry && opensWithQuote(text, para);
    const doubles = scanDouble(text, para, index, continues, marksIn(doubleMarks, para.start, para.end));
    const singles = scanSingle(text, index, doubles, marksIn(singleMarks, para.start, para.end));
    all.push(...[...doubles, ...singles].sort((a, b) => a.outer.start - b.outer.start));
    const last = doubles[doubles.length - 1];
    carry = last !== undefined && last.unclosed;
  });
  return all;
}

/** Paragraph spans of a text whose paragraphs are separated by blank lines. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const m of text.matchAll(re)) {
    if (m[0].trim() === '') continue;
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
