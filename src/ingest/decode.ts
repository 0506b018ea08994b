/**
 * Bytes → text. UTF-8 by default (a UTF-8 byte-order mark is dropped); UTF-16 when it starts with
 * a UTF-16 byte-order mark. Invalid UTF-8 sequences are replaced by U+FFFD and counted, so that the
 * caller can reject a text that is mostly invalid (`invalid-utf8`) or keep it with a warning.
 */
import { isUtf8 } from 'node:buffer';
import type { Problem } from './stream.ts';

export interface Decoded {
  readonly text: string;
  /** Number of invalid UTF-8 sequences replaced by U+FFFD. */
  readonly invalid: number;
}

const replacementBytes = Buffer.from([0xef, 0xbf, 0xbd]);

/** Decodes bytes to text, counting invalid UTF-8 sequences. */
export function decodeBytes(bytes: Buffer): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), invalid: 0 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), invalid: 0 };
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const text = body.toString('utf8');
  if (isUtf8(body)) return { text, invalid: 0 };
  return { text, invalid: countReplacements(text) - countOccurrences(body, replacementBytes) };
}

function countReplacements(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) count += 1;
  return count;
}

function countOccurrences(haystack: Buffer, needle: Buffer): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

export type Checked = { readonly kind: 'text'; readonly text: string; readonly warning: Problem | null } | { readonly kind: 'problem'; readonly problem: Problem };

/**
 * Decodes and judges the result: an `invalid-utf8` problem when more than `maxInvalidRatio` of the
 * characters were invalid sequences, else the text with an optional `invalid-utf8` warning.
 */
export function decodeChecked(bytes: Buffer, maxInvalidRatio: number): Checked {
  const { text, invalid } = decodeBytes(bytes);
  if (invalid === 0) return { kind: 'text', text, warning: null };
  const ratio = invalid / Math.max(1, text.length);
  const share = `${invalid} invalid UTF-8 sequence${invalid === 1 ? '' : 's'} (${(100 * ratio).toFixed(1)}% of the characters)`;
  if (ratio > maxInvalidRatio) {
    return { kind: 'problem', problem: { rule: 'invalid-utf8', message: `not UTF-8 text: ${share}; convert it to UTF-8 first` } };
  }
  return { kind: 'text', text, warning: { rule: 'invalid-utf8', message: `${share} replaced by U+FFFD` } };
}
