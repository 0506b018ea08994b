/**
 * Author and publisher lines: `By Jane Doe`, `By JANE DOE and JOHN ROE, Reuters`, `Email the author`,
 * `Staff Reporter`, `Web Desk`, `Reporting by X; Editing by Y`, `Updated: Sept 2, 2025 10:14 IST`, and
 * the publisher's name alone on a line. Emits rules `byline` and `timestamp`.
 *
 * Every test is on a whole short line; a sentence that starts with "By" stays.
 */
import type { Removal } from '../types.ts';
import { isShortBlock, type Block, type Pass, type PassContext } from './_block.ts';
import { isCapitalised, isFunctionWord, lineKey, wordsOf } from './_text.ts';

/** Longest byline, in words. */
const MAX_BYLINE_WORDS = 16;

const BY = /^by\s+(.+)$/iu;
const NAME_JOINERS = new Set(['and', '&', 'in', 'for', 'of', 'de', 'van', 'von', 'der', 'al', 'bin', 'el', 'la', 'le', 'da']);
const AUTHOR_ACTIONS =
  /^(?:e-?mail|contact|follow|message|more (?:articles|stories) by|about) (?:the|this) (?:author|writer|reporter)s?\.?$/iu;
const CREDITED = /^\(?(?:written|reported|reporting|edited|editing|additional reporting|compiled|produced|writing)(?: and \w+)? by\s+[^.]{2,120}\)?\.?$/iu;
const DESK =
  /^(?:(?:our|a|staff|special|senior|political|foreign|chief|own|news|web|online|digital|sports|business|city|national|international) )*(?:reporter|correspondent|writer|desk|bureau|staff)s?(?:,? \p{Lu}[\p{L}]+)?$/iu;
const AGENCIES = /^(?:agencies|news agencies|wire services|agency|wires)$/iu;
const TIMESTAMP =
  /^(?:published|updated|last updated|posted|first published|modified)(?: on| at)?\s*[:-]?\s*[\p{L}\p{N} ,.:/|+()-]{4,60}$/iu;

/** True when the line is a byline or a line about the author. */
export function isBylineLine(line: string): boolean {
  const text = line.trim().replace(/[|•·]+$/u, '').trim();
  if (AUTHOR_ACTIONS.test(text) || CREDITED.test(text) || DESK.test(text) || AGENCIES.test(text)) return true;
  const by = BY.exec(text);
  return by !== null && isNameList(by[1] ?? '');
}

/** True when the line is a publication or update time and nothing else. */
export function isTimestampLine(line: string): boolean {
  const text = line.trim();
  return TIMESTAMP.test(text) && /\d/u.test(text);
}

/** Removes bylines, timestamps and lines that only name the publisher (or the page's author). */
export function removeBylines(blocks: readonly Block[], context: PassContext): Pass {
  const names = publisherNames(context);
  const kept: Block[] = [];
  const removed: Removal[] = [];
  for (const block of blocks) {
    const reason = isShortBlock(block, MAX_BYLINE_WORDS) ? bylineReason(block.text, names) : null;
    if (reason === null) kept.push(block);
    else removed.push({ text: block.text, reason });
  }
  return { blocks: kept, removed };
}

function bylineReason(text: string, names: ReadonlySet<string>): string | null {
  if (isTimestampLine(text)) return 'timestamp';
  if (isBylineLine(text) || names.has(lineKey(text.replace(/^by\s+/iu, '')))) return 'byline';
  return null;
}

/** The publisher (`source`), its site's host, and the page's byline, as line keys. */
function publisherNames(context: PassContext): Set<string> {
  const names = new Set<string>();
  if (context.source !== null && context.source.trim() !== '') names.add(lineKey(context.source));
  if (context.byline !== null && context.byline.trim() !== '') names.add(lineKey(context.byline));
  const host = hostOf(context.url);
  if (host !== null) names.add(host);
  return names;
}

function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.replace(/^www\./u, '').toLowerCase();
  } catch {
    return null;
  }
}

/**
 * After "By": one to four names of capitalised words, joined by commas, "and" or "&", optionally with
 * a desk or outlet after a comma or bar. No sentence inside, and not "By The …".
 */
function isNameList(rest: string): boolean {
  if (/[.!?]$/u.test(rest.trim()) && !/\b\p{Lu}\.$/u.test(rest.trim())) return false;
  const words = wordsOf(rest);
  const first = words[0];
  if (first === undefined || words.length > 12 || isFunctionWord(first)) return false;
  return words.every((w) => isCapitalised(w) || NAME_JOINERS.has(w.toLowerCase()));
}
