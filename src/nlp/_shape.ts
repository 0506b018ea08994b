/**
 * The shape of a token value, read once per token so the rules never run a regular expression
 * or lower-case a word again: lower-case form, word-list key, case of the first character.
 */

export type Shape = 'upper' | 'lower' | 'none';

export interface TokenShape {
  readonly lower: string;
  /** `lower` without one trailing full stop. */
  readonly bare: string;
  readonly shape: Shape;
  /** The first character is a letter (of any script). */
  readonly word: boolean;
}

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

export function readShape(value: string): TokenShape {
  const lower = value.toLowerCase();
  const bare = lower.length > 1 && lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return { lower, bare, shape: shapeOf(value), word: startsWithLetter(value) };
}
