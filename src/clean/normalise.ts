/**
 * Canonical white space and quote marks, the form every later stage reads.
 *
 * - White space: CR/LF to `\n`, no-break and thin spaces to a space, zero-width characters dropped,
 *   runs of spaces collapsed, every line trimmed.
 * - Apostrophes inside words (and before a year, `'90s`) become ASCII `'`.
 * - Double quote marks become directional “ ”: a straight `"` opens after the start, white space,
 *   a bracket or a dash, and closes otherwise; a curly mark facing the wrong way is turned round.
 * - Single quote marks used as quotes become ‘ ’; a trailing mark with no quote open is a plural
 *   possessive apostrophe (`leaders'`).
 */

const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;
const DOUBLE = new Set(['"', '“', '”', '„', '‟', '«', '»']);
const QUOTE_MARKS = /["“”„‟«»'‘’‛]/gu;
const OPENING_CONTEXT = /[\s([{<\-–—/“‘]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Normalises line ends and white space; keeps blank lines (they separate paragraphs). */
export function normaliseWhitespace(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/gu, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(SPACES, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/gu, ' ').trim())
    .join('\n');
}

/** Puts quote marks and apostrophes of one paragraph in canonical form. */
export function normaliseQuotes(text: string): string {
  let singleOpen = false;
  return text.replace(QUOTE_MARKS, (ch: string, offset: number) => {
    const prev = offset > 0 ? text[offset - 1] : undefined;
    const next = text[offset + 1];
    if (DOUBLE.has(ch)) return isOpening(prev) ? '“' : '”';
    const mark = singleMark(prev, next, singleOpen);
    if (mark === '‘') singleOpen = true;
    if (mark === '’') singleOpen = false;
    return mark;
  });
}

/** Both normalisations, for one paragraph or heading (no line breaks inside). */
export function normaliseBlockText(text: string): string {
  return normaliseQuotes(normaliseWhitespace(text).replace(/\n+/gu, ' ').trim());
}

function isOpening(prev: string | undefined): boolean {
  return prev === undefined || OPENING_CONTEXT.test(prev);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

/** The canonical form of one single quote mark, from the characters around it. */
function singleMark(prev: string | undefined, next: string | undefined, open: boolean): string {
  if (isWordChar(prev) && isWordChar(next)) return "'";
  if (isOpening(prev)) {
    if (next !== undefined && /\p{N}/u.test(next)) return "'";
    return isWordChar(next) || next === '“' ? '‘' : "'";
  }
  if (open) return '’';
  if (prev !== undefined && /\p{L}/u.test(prev)) return "'";
  return prev !== undefined && /[.,!?”]/u.test(prev) ? '’' : "'";
}
