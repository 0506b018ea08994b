/**
 * A month named without a year but placed by the words around it: "March last year", "in March
 * of this year", "November next year", "last March", "next March". The anchor joins the month's
 * expression (its span grows to cover it) and the year phrase stops being a date of its own.
 */
import type { Day } from './calendar.ts';
import type { FoundDate } from './date-expressions.ts';

/** `last-year`, `this-year`, `next-year`: the year is named; `last`, `next`, `this`: the month is. */
export type MonthAnchor = 'last-year' | 'this-year' | 'next-year' | 'last' | 'next' | 'this';

const YEAR_AFTER = /^,?\s+(?:of\s+)?(last|this|next)\s+year\b/i;
const WORD_BEFORE = /\b(last|this|next)\s+$/i;
/** Enough text before a month for the longest anchor word and its space. */
const REACH_BEFORE = 8;

function anchored(text: string, found: FoundDate): FoundDate {
  const e = found.expression;
  if (e.kind !== 'month' && e.kind !== 'month-day') return found;
  const after = YEAR_AFTER.exec(text.slice(found.span.end, found.span.end + 24));
  if (after) {
    const end = found.span.end + after[0].length;
    const anchor = `${(after[1] ?? '').toLowerCase()}-year` as MonthAnchor;
    return { text: text.slice(found.span.start, end), span: { start: found.span.start, end }, expression: { ...e, anchor } };
  }
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, found.span.start - REACH_BEFORE), found.span.start));
  if (!before) return found;
  const start = found.span.start - before[0].length;
  const anchor = (before[1] ?? '').toLowerCase() as MonthAnchor;
  return { text: text.slice(start, found.span.end), span: { start, end: found.span.end }, expression: { ...e, anchor } };
}

/** Grows month expressions over their anchors and drops what the anchors now cover. */
export function anchorMonths(text: string, found: readonly FoundDate[]): FoundDate[] {
  if (!found.some((f) => f.expression.kind === 'month' || f.expression.kind === 'month-day')) return [...found];
  const grown = found.map((f) => anchored(text, f));
  const changed = grown.filter((g, i) => g !== found[i]);
  return grown.filter((g) => changed.includes(g) || !changed.some((c) => g.span.start < c.span.end && c.span.start < g.span.end));
}

/** The year of an anchored month seen from the reference day. */
export function anchoredYear(reference: Day, month: number, anchor: MonthAnchor): number {
  switch (anchor) {
    case 'last-year': return reference.year - 1;
    case 'next-year': return reference.year + 1;
    case 'this-year':
    case 'this': return reference.year;
    case 'last': return month < reference.month ? reference.year : reference.year - 1;
    case 'next': return month > reference.month ? reference.year : reference.year + 1;
  }
}
