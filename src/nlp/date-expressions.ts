/**
 * Finds date expressions in one sentence: chrono-node's casual parser (no forwardDate) for
 * named days, months and relative phrases, plus bare years ("in 2024") and decades ("the 1970s"),
 * which chrono does not read. Numbers that are not dates ("80th", "50-minute", "S-400") match none,
 * and neither do durations ("for two years", "after two years of talks", "within a week"): an
 * offset counts only with an anchor in the reference ("two years ago", "last year").
 */
import * as chrono from 'chrono-node';
import type { DatePrecision, Span } from '../types.ts';
import { anchorMonths, type MonthAnchor } from './month-anchors.ts';

export type DateExpression =
  | { readonly kind: 'fixed'; readonly value: string; readonly precision: DatePrecision }
  | { readonly kind: 'weekday'; readonly weekday: number; readonly shift: 'last' | 'next' | null }
  | { readonly kind: 'month-day'; readonly month: number; readonly day: number; readonly anchor: MonthAnchor | null }
  /** A month without year; `anchor` places it ("March last year", "last March"). */
  | { readonly kind: 'month'; readonly month: number; readonly anchor: MonthAnchor | null }
  /** Relative to the reference ("last year", "yesterday"); `seen` is what it meant from the instant searched with. */
  | { readonly kind: 'relative'; readonly seen: SeenDate | null };

/** A relative date as resolved from one reference instant (ms), so it need not be parsed again. */
export interface SeenDate {
  readonly from: number;
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
}

export interface FoundDate {
  readonly text: string;
  /** Span in the text that was searched. */
  readonly span: Span;
  readonly expression: DateExpression;
}

/** Parsers and refiners of times of day and of durations ("within three days"): a date mention needs
 * none of them, and leaving them out makes each parse about a third cheaper. */
const UNUSED = new Set([
  'ENTimeExpressionParser', 'ENCasualTimeParser', 'ENTimeUnitWithinFormatParser', 'ENEndOfCurrentMonthParser',
  'ENMergeDateTimeRefiner', 'ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner',
]);

/** An ordinal in digits or in words ("3rd", "twenty-first", "thirteenth"). */
const ORDINAL = /\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|thirtieth/i;

/**
 * Text every match of a parser's pattern contains (a literal of each of its alternatives), so a
 * window without it cannot match and the parser's costlier pattern is not run on it. The result
 * is the same: a parser skipped here would have found nothing.
 */
const NEEDS: Readonly<Record<string, RegExp>> = {
  ENYearMonthDayParser: /\d{4}/,
  ISOFormatParser: /\d{4}-\d/,
  SlashDateFormatParser: /\d[/.-]\d/,
  ENSlashMonthFormatParser: /\d\/\d{4}/,
  ENYearMonthNameParser: /\d/,
  ENMonthNameLittleEndianParser: ORDINAL,
  ENMonthNameMiddleEndianParser: ORDINAL,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENTimeUnitLaterFormatParser: /later|after|from now|henceforth|forward|out/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last/i,
  ENRelativeDateFormatParser: /this|last|past|next|after/i,
  ENTimeUnitCasualRelativeFormatParser: /this|last|past|next|after|\+|-/i,
};

/** Matches nothing, at once (anchored at the start). */
const NOTHING = /^(?!)/;

/** The parser, run only on text that holds what its pattern needs. */
function prefiltered(parser: chrono.Parser): chrono.Parser {
  const needs = NEEDS[parser.constructor.name];
  if (needs === undefined) return parser;
  return {
    pattern: (context) => (needs.test(context.text) ? parser.pattern(context) : NOTHING),
    extract: (context, match) => parser.extract(context, match),
  };
}

function makeDateParser(): chrono.Chrono {
  const parser = chrono.casual.clone();
  parser.parsers = parser.parsers.filter((p) => !UNUSED.has(p.constructor.name)).map(prefiltered);
  parser.refiners = parser.refiners.filter((r) => !UNUSED.has(r.constructor.name));
  return parser;
}

/** chrono-node's casual English parser without time-of-day and duration parsers (configured once, read only). */
export const DATE_PARSER: chrono.Chrono = makeDateParser();

const pad = (n: number): string => String(n).padStart(2, '0');
const DETECTION_REFERENCE = new Date(Date.UTC(2000, 0, 15, 12));
/** A relative result anchored in the reference; any other count of units is a duration. */
const ANCHORED = /\bago\b|\bfrom now\b|^(?:the\s+)?(?:last|next|past|this|coming|previous)\b/i;

function relativeOf(result: chrono.ParsedResult, tags: readonly string[], from: number | null): DateExpression | null | undefined {
  const start = result.start;
  const relative = tags.some((t) => t.startsWith('result/relativeDate') || t.startsWith('casualReference'));
  if (!relative || !(start.isCertain('year') || start.isCertain('month') || start.isCertain('day'))) return undefined;
  const casual = tags.some((t) => t.startsWith('casualReference'));
  if (!casual && !ANCHORED.test(result.text)) return null;
  if (from === null) return { kind: 'relative', seen: null };
  const month = start.isCertain('month') || start.isCertain('day') ? (start.get('month') ?? 1) : null;
  const day = start.isCertain('day') ? (start.get('day') ?? 1) : null;
  return { kind: 'relative', seen: { from, year: start.get('year') ?? 0, month, day } };
}

function expressionOf(result: chrono.ParsedResult, from: number | null): DateExpression | null {
  const start = result.start;
  const [hasYear, hasMonth, hasDay] = [start.isCertain('year'), start.isCertain('month'), start.isCertain('day')];
  const tags = [...result.tags()];
  if (tags.some((t) => t.includes('now')) || (tags.some((t) => t.includes('SlashDate')) && !hasYear)) return null;
  const relative = relativeOf(result, tags, from);
  if (relative !== undefined) return relative;
  const year = start.get('year') ?? 0;
  const month = start.get('month') ?? 0;
  const day = start.get('day') ?? 0;
  if (hasYear && hasMonth && hasDay) return { kind: 'fixed', value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
  if (hasYear && hasMonth) return { kind: 'fixed', value: `${year}-${pad(month)}`, precision: 'month' };
  if (hasMonth && hasDay) return { kind: 'month-day', month, day, anchor: null };
  if (hasMonth) return /^\p{Lu}/u.test(result.text.replace(/^\W+/, '')) ? { kind: 'month', month, anchor: null } : null;
  if (start.isCertain('weekday')) {
    const shift = /\blast\b/i.test(result.text) ? 'last' : /\bnext\b/i.test(result.text) ? 'next' : null;
    return { kind: 'weekday', weekday: start.get('weekday') ?? 0, shift };
  }
  return null;
}

/** `[Ww]ord` for each word: the relative cues may open a sentence. */
const eitherCase = (words: string): string => words.replace(/\b([a-z])/g, (_, c: string) => `[${c.toUpperCase()}${c}]`);
const MONTH_OR_DAY = String.raw`Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const UNIT = String.raw`week|month|year|decade|century|weekend|day|night|morning|evening|spring|summer|autumn|fall|winter`;
const RELATIVE = `${eitherCase('today|tonight|yesterday|tomorrow')}|ago|${eitherCase('(?:last|next|past|this|coming)')}\\s+(?:${UNIT}|${MONTH_OR_DAY})`;
/** Text without any of these gives chrono nothing to read: capitalised month and day names (not the
 * verb "may"), relative phrases and numeric dates with three parts; years and decades are matched apart. */
const CALENDAR_CUES = new RegExp(String.raw`\b(?:${MONTH_OR_DAY}|${RELATIVE})\b|\b\d{1,4}([/.-])\d{1,2}\1\d{1,4}\b`, 'g');
const WINDOW = 40;

const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x202f;

/** Stretches of text around each calendar word, cut at white space and merged: chrono reads only these. */
function windowsOf(text: string): Span[] {
  const windows: Span[] = [];
  CALENDAR_CUES.lastIndex = 0;
  for (let m = CALENDAR_CUES.exec(text); m !== null; m = CALENDAR_CUES.exec(text)) {
    let start = Math.max(0, m.index - WINDOW);
    let end = Math.min(text.length, m.index + m[0].length + WINDOW);
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start -= 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end += 1;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) windows[windows.length - 1] = { start: last.start, end };
    else windows.push({ start, end });
  }
  return windows;
}

function chronoDates(text: string, reference: Date | null): FoundDate[] {
  const found: FoundDate[] = [];
  for (const window of windowsOf(text)) {
    const piece = text.slice(window.start, window.end);
    for (const result of DATE_PARSER.parse(piece, { instant: reference ?? DETECTION_REFERENCE, timezone: 0 })) {
      const expression = expressionOf(result, reference?.getTime() ?? null);
      if (!expression) continue;
      const trimmed = result.text.replace(/[\s,.;:]+$/u, '');
      const start = window.start + result.index;
      found.push({ text: trimmed, span: { start, end: start + trimmed.length }, expression });
    }
  }
  return found;
}

/* ---- Bare years after a word that introduces one ("in 2024", "the year 2000") and decades; a year is
 * found by its digits first and its context checked after, so text without digits costs one scan. ---- */

const YEAR = /\b(?:1[6-9]|20)\d\d\b(?![-–/.,]?\d|['’]?s\b|%)/g;
const YEAR_CONTEXT = /\b(?:in|since|by|until|till|from|of|during|before|after|around|circa|early|late|mid|through|between|and|to|or|the|year)[\s-]+$/i;
/** Room before a year for its context word and the space after it. */
const CONTEXT_REACH = 16;
const DECADE = /\b((?:1[6-9]|20)\d0)['’]?s\b|\bthe\s+(['’]?([1-9]0)['’]?s)\b/gi;
const TWO_DIGITS = /\d\d/;

function bareYears(text: string, found: FoundDate[]): void {
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m !== null; m = YEAR.exec(text)) {
    const before = text.slice(Math.max(0, m.index - CONTEXT_REACH), m.index);
    if (!YEAR_CONTEXT.test(before)) continue;
    const year = m[0];
    found.push({ text: year, span: { start: m.index, end: m.index + year.length }, expression: { kind: 'fixed', value: year, precision: 'year' } });
  }
}

function decades(text: string, found: FoundDate[]): void {
  DECADE.lastIndex = 0;
  for (let m = DECADE.exec(text); m !== null; m = DECADE.exec(text)) {
    const short = m[3];
    const decade = m[1] ?? (Number(short) >= 30 ? `19${short}` : `20${short}`);
    const surface = m[2] ?? m[0];
    const start = m.index + m[0].length - surface.length;
    found.push({ text: surface, span: { start, end: start + surface.length }, expression: { kind: 'fixed', value: `${decade}s`, precision: 'decade' } });
  }
}

/** Bare years and decades in one piece of text, years first (spans relative to it). */
export function patternDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  if (!TWO_DIGITS.test(text)) return found;
  bareYears(text, found);
  decades(text, found);
  return found;
}

/** Date expressions in one piece of text (spans relative to it), in text order, without overlaps. */
export function findDateExpressions(text: string, reference: Date | null = null): FoundDate[] {
  const fromChrono = anchorMonths(text, chronoDates(text, reference));
  const patterns = patternDates(text);
  if (patterns.length === 0) return fromChrono;
  const all = [...fromChrono, ...patterns.filter((d) => !fromChrono.some((c) => d.span.start < c.span.end && c.span.start < d.span.end))];
  return all.sort((a, b) => a.span.start - b.span.start);
}
