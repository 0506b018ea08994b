/**
 * Calendar arithmetic on `YYYY-MM-DD` days (UTC, no time of day), and the rules that pick the
 * day a weekday, a month or a month-day without year means, seen from a reference day:
 * past bias, or the coming one when the sentence speaks of the future.
 */

export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;

export function parseDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const formatDay = (d: Day): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const formatMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;

export const toTime = (d: Day): number => Date.UTC(d.year, d.month - 1, d.day);

export function fromTime(time: number): Day {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export const addDays = (d: Day, days: number): Day => fromTime(toTime(d) + days * DAY_MS);
export const weekdayOf = (d: Day): number => new Date(toTime(d)).getUTCDay();

export type Direction = 'past' | 'future';

/** The day of a weekday (0 = Sunday): the latest on or before the reference, or the next after it. */
export function resolveWeekday(reference: Day, weekday: number, direction: Direction, strict: boolean): Day {
  const today = weekdayOf(reference);
  if (direction === 'future') return addDays(reference, (weekday - today + 7) % 7 || 7);
  const back = (today - weekday + 7) % 7;
  return addDays(reference, -(back === 0 && strict ? 7 : back));
}

/** The year of a month named without one: the latest up to the reference month, or the next from it. */
export function resolveMonthYear(reference: Day, month: number, direction: Direction): number {
  if (direction === 'future') return month >= reference.month ? reference.year : reference.year + 1;
  return month <= reference.month ? reference.year : reference.year - 1;
}

/** A month-day without year: the nearest such day (only later ones when speaking of the future). */
export function resolveMonthDay(reference: Day, month: number, day: number, direction: Direction): Day {
  const now = toTime(reference);
  const options = [reference.year - 1, reference.year, reference.year + 1]
    .map((year) => ({ year, month, day }))
    .filter((d) => direction === 'past' || toTime(d) >= now);
  let best = options[0] ?? { year: reference.year, month, day };
  for (const d of options) if (Math.abs(toTime(d) - now) < Math.abs(toTime(best) - now)) best = d;
  return best;
}
