/**
 * What kind of input a file is: from its extension first, else sniffed from its first bytes.
 * Also spots binary content (NUL bytes, or mostly control characters) before anything is decoded.
 */
import type { InputKind } from '../types.ts';
import type { Problem } from './stream.ts';

const kindsByExtension: Readonly<Record<string, InputKind>> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  xml: 'feed',
  rss: 'feed',
  atom: 'feed',
  rdf: 'feed',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};

/** The kind given by a file name's extension, or null when the extension says nothing. */
export function kindFromName(name: string): InputKind | null {
  const match = /\.([a-z0-9]+)$/i.exec(name);
  return match?.[1] === undefined ? null : (kindsByExtension[match[1].toLowerCase()] ?? null);
}

/** The kind suggested by the first bytes of a (decompressed, non-binary) input. */
export function sniffKind(head: Buffer): InputKind {
  const start = head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  const lower = start.slice(0, 2048).toLowerCase();
  if (lower.startsWith('<')) return sniffMarkup(lower);
  if (start.startsWith('{') && isJsonObjectLine(start)) return 'jsonl';
  return 'text';
}

function sniffMarkup(lower: string): InputKind {
  if (/<(?:[a-z][\w.-]*:)?(?:rss|feed|rdf)[\s>]/.test(lower)) return 'feed';
  if (/<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/.test(lower)) return 'html';
  if (lower.startsWith('<?xml')) return 'feed';
  return /^<[a-z][\w-]*[\s/>]/.test(lower) || lower.startsWith('<!--') ? 'html' : 'text';
}

/** The first line is a whole JSON object, or too long to end inside the sniffed bytes. */
function isJsonObjectLine(start: string): boolean {
  const end = start.indexOf('\n');
  if (end < 0) return start.startsWith('{"');
  try {
    const value: unknown = JSON.parse(start.slice(0, end));
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** True when the bytes begin with a UTF-16 byte-order mark (such text holds NUL bytes but is not binary). */
export function hasUtf16Bom(head: Buffer): boolean {
  return head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
}

/** A `binary-input` problem when the first bytes are not text, else null. */
export function findBinary(head: Buffer, maxControlRatio = 0.1): Problem | null {
  if (hasUtf16Bom(head)) return null;
  if (head.includes(0)) {
    return { rule: 'binary-input', message: 'binary content (NUL bytes) — not a text, HTML, feed or JSON Lines input' };
  }
  const controls = head.toString('latin1').match(controlCharacters)?.length ?? 0;
  if (head.length > 0 && controls / head.length > maxControlRatio) {
    const share = Math.round((100 * controls) / head.length);
    return { rule: 'binary-input', message: `binary content (${share}% control characters) — not a text, HTML, feed or JSON Lines input` };
  }
  return null;
}

/** C0 control characters other than tab, line feed, vertical tab, form feed, carriage return and escape; DEL. */
const controlCharacters = /[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]/g;
