/**
 * Date mentions of an article, resolved against a reference day (the publication date, or the
 * caller's): relative ones get `relative: true`, and `value: null` when there is no reference.
 * The clause that holds a weekday, month or month-day decides its direction (`tense.ts`): with a
 * future cue ("will", "next", "plans", "expected to", "is set to") forward, otherwise to the past.
 * A month with an anchor ("March last year", "last March") takes the year the anchor names.
 */
import type { DateMention, DatePrecision, Sentence } from '../types.ts';
import { DATE_PARSER, findDateExpressions, type DateExpression, type FoundDate, type SeenDate } from './date-expressions.ts';
import {
  formatDay, formatMonth, parseDay, resolveMonthDay, resolveMonthYear, resolveWeekday, toTime,
  type Day, type Direction,
} from './calendar.ts';
import { anchoredYear } from './month-anchors.ts';
import { directionAt } from './tense.ts';

export { directionOf } from './tense.ts';

interface Resolved {
  readonly value: string | null;
  readonly precision: DatePrecision;
}

const instantOf = (reference: Day): number => toTime(reference) + 12 * 3_600_000;

function resolveRelative(found: FoundDate, reference: Day): Resolved | null {
  const instant = instantOf(reference);
  const e = found.expression;
  if (e.kind === 'relative' && e.seen?.from === instant) return seenValue(e.seen);
  const result = DATE_PARSER.parse(found.text, { instant: new Date(instant), timezone: 0 })[0];
  if (!result) return null;
  const start = result.start;
  const year = start.get('year') ?? reference.year;
  const month = start.get('month') ?? 1;
  const day = start.get('day') ?? 1;
  if (start.isCertain('day')) return { value: formatDay({ year, month, day }), precision: 'day' };
  if (start.isCertain('month')) return { value: formatMonth(year, month), precision: 'month' };
  return { value: String(year), precision: 'year' };
}

function seenValue(seen: SeenDate): Resolved {
  if (seen.day !== null) return { value: formatDay({ year: seen.year, month: seen.month ?? 1, day: seen.day }), precision: 'day' };
  if (seen.month !== null) return { value: formatMonth(seen.year, seen.month), precision: 'month' };
  return { value: String(seen.year), precision: 'year' };
}

const PRECISION: Readonly<Record<DateExpression['kind'], DatePrecision>> = {
  fixed: 'day', weekday: 'day', 'month-day': 'day', month: 'month', relative: 'day',
};

/**
 * The value of one expression seen from `reference` (null reference: only fixed dates resolve).
 * `direction` is asked only for a weekday, month or month-day that nothing else places.
 */
export function resolveExpression(found: FoundDate, reference: Day | null, direction: () => Direction): Resolved {
  const e = found.expression;
  if (e.kind === 'fixed') return { value: e.value, precision: e.precision };
  if (reference === null) return { value: null, precision: relativePrecision(found) };
  if (e.kind === 'weekday') {
    const way = e.shift === 'next' ? 'future' : e.shift === 'last' ? 'past' : direction();
    return { value: formatDay(resolveWeekday(reference, e.weekday, way, e.shift === 'last')), precision: 'day' };
  }
  if (e.kind === 'month') {
    const year = e.anchor ? anchoredYear(reference, e.month, e.anchor) : resolveMonthYear(reference, e.month, direction());
    return { value: formatMonth(year, e.month), precision: 'month' };
  }
  if (e.kind === 'month-day') {
    const day = e.anchor
      ? { year: anchoredYear(reference, e.month, e.anchor), month: e.month, day: e.day }
      : resolveMonthDay(reference, e.month, e.day, direction());
    return { value: formatDay(day), precision: 'day' };
  }
  return resolveRelative(found, reference) ?? { value: null, precision: 'day' };
}

function relativePrecision(found: FoundDate): DatePrecision {
  if (found.expression.kind !== 'relative') return PRECISION[found.expression.kind];
  return /\byears?\b/i.test(found.text) ? 'year' : /\bmonths?\b/i.test(found.text) ? 'month' : 'day';
}

function mentionOf(found: FoundDate, sentence: Sentence, reference: Day | null): DateMention {
  const resolved = resolveExpression(found, reference, () => directionAt(sentence.text, found.span.start, found.span.end));
  const offset = sentence.span.start;
  return {
    text: found.text, value: resolved.value, precision: resolved.precision,
    span: { start: offset + found.span.start, end: offset + found.span.end },
    relative: found.expression.kind !== 'fixed',
  };
}

/** All date mentions of the sentences, resolved against `referenceDate` (`YYYY-MM-DD`) when given. */
export function findDates(sentences: readonly Sentence[], referenceDate: string | null): DateMention[] {
  const reference = referenceDate === null ? null : parseDay(referenceDate);
  const instant = reference ? new Date(instantOf(reference)) : null;
  const out: DateMention[] = [];
  for (const s of sentences) {
    for (const found of findDateExpressions(s.text, instant)) out.push(mentionOf(found, s, reference));
  }
  return out;
}

/** Start of the sentence-like stretch of `text` around a span: after the last full stop or line break. */
function stretchStart(text: string, start: number): number {
  return Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('. ', start - 1)) + 1;
}

/** The sentence-like stretch of `text` around a span: from the last full stop or line break before it. */
export function sentenceAround(text: string, start: number, end: number): string {
  const stop = /[.!?](?=\s|$)|\n/g;
  stop.lastIndex = end;
  const after = stop.exec(text)?.index ?? text.length;
  return text.slice(stretchStart(text, start), after);
}

/** Re-resolves the relative mentions against another reference day; fixed ones are kept. */
export function reresolveDates(text: string, dates: readonly DateMention[], referenceDate: string): DateMention[] {
  const reference = parseDay(referenceDate);
  return dates.map((d) => {
    if (!d.relative || reference === null) return d;
    const found = findDateExpressions(d.text)[0];
    if (!found) return d;
    const from = stretchStart(text, d.span.start);
    const stretch = sentenceAround(text, d.span.start, d.span.end);
    const resolved = resolveExpression(found, reference, () => directionAt(stretch, d.span.start - from, d.span.end - from));
    return { ...d, value: resolved.value, precision: resolved.precision };
  });
}
