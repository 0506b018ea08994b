/**
 * Dates chrono-node does not read: a bare year after a word that introduces one ("in 2024",
 * "since 1998", "the year 2000") and decades ("the 1970s", "the ’80s"). A year is found by its
 * digits first and its context checked after, so text without digits costs one scan.
 */
import type { FoundDate } from './date-expressions.ts';

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
