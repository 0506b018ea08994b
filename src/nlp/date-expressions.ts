/**
 * Finds date expressions in one sentence: chrono-node's casual parser (no forwardDate) for
 * named days, months and relative phrases, plus bare years ("in 2024") and decades ("the 1970s"),
 * which chrono does not read. Numbers that are not dates ("80th", "50-minute", "S-400") match none.
 */
import * as chrono from 'chrono-node';
import type { DatePrecision, Span } from '../types.ts';

export type DateExpression =
  | { readonly kind: 'fixed'; readonly value: string; readonly precision: DatePrecision }
  | { readonly kind: 'weekday'; readonly weekday: number; readonly shift: 'last' | 'next' | null }
  | { readonly kind: 'month-day'; readonly month: number; readonly day: number }
  | { readonly kind: 'month'; readonly month: number }
  /** Relative to the reference ("last year", "yesterday"); chrono resolves it again for each reference. */
  | { readonly kind: 'relative' };

export interface FoundDate {
  readonly text: string;
  /** Span in the text that was searched. */
  readonly span: Span;
  readonly expression: DateExpression;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const DETECTION_REFERENCE = new Date(Date.UTC(2000, 0, 15, 12));
const YEAR_CONTEXT = String.raw`(?:in|since|by|until|till|from|of|during|before|after|around|circa|early|late|mid|through|between|and|to|or|the|year)`;
const BARE_YEAR = new RegExp(String.raw`\b${YEAR_CONTEXT}[\s-]+((?:1[6-9]|20)\d\d)\b(?![-–/.,]?\d|['’]?s\b|%)`, 'gi');
const DECADE = /\b((?:1[6-9]|20)\d0)['’]?s\b|(?<=\bthe\s+)['’]?([1-9]0)['’]?s\b/gi;

function expressionOf(result: chrono.ParsedResult): DateExpression | null {
  const start = result.start;
  const certain = (c: chrono.Component): boolean => start.isCertain(c);
  const tags = [...result.tags()];
  if (tags.some((t) => t.includes('now')) || (tags.some((t) => t.includes('SlashDate')) && !certain('year'))) return null;
  const relative = tags.some((t) => t.startsWith('result/relativeDate') || t.startsWith('casualReference'));
  if (relative && (certain('year') || certain('month') || certain('day'))) return { kind: 'relative' };
  const year = start.get('year') ?? 0;
  const month = start.get('month') ?? 0;
  const day = start.get('day') ?? 0;
  if (certain('year') && certain('month') && certain('day')) return { kind: 'fixed', value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
  if (certain('year') && certain('month')) return { kind: 'fixed', value: `${year}-${pad(month)}`, precision: 'month' };
  if (certain('month') && certain('day')) return { kind: 'month-day', month, day };
  if (certain('month')) return /^\p{Lu}/u.test(result.text.replace(/^\W+/, '')) ? { kind: 'month', month } : null;
  if (certain('weekday')) {
    const shift = /\blast\b/i.test(result.text) ? 'last' : /\bnext\b/i.test(result.text) ? 'next' : null;
    return { kind: 'weekday', weekday: start.get('weekday') ?? 0, shift };
  }
  return null;
}

const WINDOW = 40;

/** Stretches of text around each calendar word, cut at white space and merged: chrono reads only these. */
function windowsOf(text: string): Span[] {
  const windows: Span[] = [];
  for (const m of text.matchAll(CALENDAR_CUES)) {
    let start = Math.max(0, (m.index ?? 0) - WINDOW);
    let end = Math.min(text.length, (m.index ?? 0) + m[0].length + WINDOW);
    while (start > 0 && !/\s/.test(text[start - 1] ?? ' ')) start -= 1;
    while (end < text.length && !/\s/.test(text[end] ?? ' ')) end += 1;
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
    for (const result of chrono.casual.parse(piece, { instant: reference ?? DETECTION_REFERENCE, timezone: 0 })) {
      const expression = expressionOf(result);
      if (!expression) continue;
      const trimmed = result.text.replace(/[\s,.;:]+$/u, '');
      const start = window.start + result.index;
      found.push({ text: trimmed, span: { start, end: start + trimmed.length }, expression });
    }
  }
  return found;
}

function patternDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(BARE_YEAR)) {
    const year = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - year.length;
    found.push({ text: year, span: { start, end: start + year.length }, expression: { kind: 'fixed', value: year, precision: 'year' } });
  }
  for (const m of text.matchAll(DECADE)) {
    const decade = m[1] ?? (Number(m[2]) >= 30 ? `19${m[2]}` : `20${m[2]}`);
    const start = m.index ?? 0;
    found.push({ text: m[0], span: { start, end: start + m[0].length }, expression: { kind: 'fixed', value: `${decade}s`, precision: 'decade' } });
  }
  return found;
}

const MONTH_OR_DAY = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const UNIT = String.raw`week|month|year|decade|century|weekend|day|night|morning|evening|spring|summer|autumn|fall|winter`;
const RELATIVE = String.raw`today|tonight|yesterday|tomorrow|ago|(?:last|next|past|this|coming)\s+(?:${UNIT}|${MONTH_OR_DAY})`;
/** Text without any of these gives chrono nothing to read (years and decades are matched apart). */
const CALENDAR_CUES = new RegExp(String.raw`\b(?:${MONTH_OR_DAY}|${RELATIVE})\b|\d[/.-]\d`, 'gi');

/** Date expressions in one piece of text (spans relative to it), in text order, without overlaps. */
export function findDateExpressions(text: string, reference: Date | null = null): FoundDate[] {
  const fromChrono = chronoDates(text, reference);
  const overlaps = (d: FoundDate): boolean => fromChrono.some((c) => d.span.start < c.span.end && c.span.start < d.span.end);
  const all = [...fromChrono, ...patternDates(text).filter((d) => !overlaps(d))];
  return all.sort((a, b) => a.span.start - b.span.start);
}
