/**
 * The shape of a token value, read once per token so the rules never run a regular expression
 * on it again: case of the first character, whether it is a letter, the word-list key.
 */

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
