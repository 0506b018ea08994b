/** Reading query parameters strictly: a malformed value is the client's error (400), never a guess. */
import { BadRequestError } from './errors.ts';

/** Longest search query accepted, in characters. */
export const MAX_QUERY_LENGTH = 500;

/** An integer parameter within [min, max]; `fallback` when absent or empty. */
export function intParam(value: string | undefined, name: string, range: { readonly min: number; readonly max: number; readonly fallback: number }): number {
  if (value === undefined || value === '') return range.fallback;
  if (!/^\d{1,9}$/.test(value)) throw new BadRequestError(`${name} must be a whole number, not "${value.slice(0, 40)}"`);
  const n = Number(value);
  if (n < range.min || n > range.max) throw new BadRequestError(`${name} must be between ${range.min} and ${range.max}, not ${n}`);
  return n;
}

/** The search words, trimmed; null when absent or blank. Over-long queries are refused. */
export function searchParam(value: string | undefined): string | null {
  const query = value?.trim() ?? '';
  if (query === '') return null;
  if (query.length > MAX_QUERY_LENGTH) throw new BadRequestError(`q is ${query.length} characters long; at most ${MAX_QUERY_LENGTH} are accepted`);
  return query;
}
