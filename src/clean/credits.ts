/**
 * Photo credits and captions: `(Photo: Reuters)`, `File photo`, `Image: Jane Doe/Reuters`,
 * `Photograph: AFP via Getty Images`, `(AP Photo/John Smith)`. Emits rule `photo-credit`.
 *
 * - A line that is only a credit goes.
 * - A short caption line (at most `MAX_CAPTION_WORDS`) that opens with `File photo`/`File image` or
 *   ends with a credit goes whole.
 * - In a longer paragraph a credit in brackets at its start or end is cut out; the rest stays.
 */
import type { Removal } from '../types.ts';
import type { Block, Pass } from './_block.ts';
import { hasAtMostWords } from './_text.ts';

const LABEL = String.raw`(?:photo(?:graph)?s?|image|picture|pic|illustration|credit|photo credit|image credit|image source)`;
const AGENCIES = String.raw`(?:AP|AFP|Reuters|EPA|EPA-EFE|Getty|PTI|ANI|IANS|Xinhua|Bloomberg|Anadolu|dpa|Shutterstock|Alamy)`;
/** `(Dawn Photo)`, `(AP Photo/Jane Doe)`: any capitalised name inside brackets. */
const NAMED_PHOTO = String.raw`\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,3} (?:Photos?|Images?|Pictures?)(?:\s*/\s*[^()]{1,60})?`;
/** On a line of its own only a known agency, or a name with a photographer after a slash. */
const AGENCY_PHOTO = String.raw`(?:${AGENCIES}(?: \p{Lu}[\p{L}.&-]*){0,2} (?:Photos?|Images?|Pictures?)(?:\s*/\s*\S.{0,60})?|\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,2} Photos?\s*/\s*\S.{0,60})`;

/** A credit in brackets: `(Photo: X)`, `(AP Photo/X)`, `[Image: X]`. */
const BRACKETED = new RegExp(String.raw`[(\[](?:${LABEL}\s*(?:courtesy)?\s*[:：/|-]\s*[^()\[\]]{1,80}|${NAMED_PHOTO}|file (?:photo|image|picture))[)\]]`, 'iu');
/** A line that is only a credit: `Photo: X`, `Image: X/Reuters`, `File photo`, `Getty Images`. */
const CREDIT_LINE = new RegExp(String.raw`^(?:${BRACKETED.source}|${LABEL}\s*(?:courtesy)?\s*[:：|]\s*.{1,80}|(?:${LABEL}\s+)?(?:courtesy|by)\s*:?\s*[^.]{1,60}/\s*\S.{0,40}|file (?:photo|image|picture)s?\.?|${AGENCY_PHOTO}|getty images)$`, 'iu');
const FILE_CAPTION = /^(?:file (?:photo|image|picture)|representational (?:image|photo)|representative (?:image|photo))\b/iu;
const TRAILING = new RegExp(String.raw`(?:\s*[|–—-]?\s*${BRACKETED.source}|\s*[|]\s*${LABEL}\s*:\s*[^|]{1,60}|\.\s+${LABEL}\s*:\s*[^.]{1,60})\s*$`, 'iu');
const LEADING = new RegExp(String.raw`^${BRACKETED.source}\s*`, 'iu');
const TRAILING_BRACKETED = new RegExp(String.raw`\s*${BRACKETED.source}\s*$`, 'iu');

/** Longest caption line removed whole, in words. */
const MAX_CAPTION_WORDS = 30;
/** Longest line that can be a credit alone, in words. */
const MAX_CREDIT_WORDS = 14;

/** True when the line is only a photo credit. */
export function isCreditLine(line: string): boolean {
  const text = line.trim();
  return hasAtMostWords(text, MAX_CREDIT_WORDS) && CREDIT_LINE.test(text) && opensInCapitals(text);
}

/** True when the line is a short caption that carries a credit or is marked as a file picture. */
export function isCaptionLine(line: string): boolean {
  const text = line.trim();
  if (!hasAtMostWords(text, MAX_CAPTION_WORDS)) return false;
  if (FILE_CAPTION.test(text)) return true;
  const trailing = TRAILING.exec(text);
  return trailing !== null && opensInCapitals(trailing[0]);
}

/**
 * The patterns are case-insensitive (and so is `\p{Lu}` under the `i` flag); a credit in brackets
 * must still open with a capital letter, which keeps `(two photos)` in the text.
 */
function opensInCapitals(credit: string): boolean {
  const bracket = /[(\[]\s*(.)/u.exec(credit);
  return bracket === null || /\p{Lu}/u.test(bracket[1] ?? '');
}

/** Removes credit and caption lines; cuts bracketed credits out of longer paragraphs. */
export function removeCredits(blocks: readonly Block[]): Pass {
  const kept: Block[] = [];
  const removed: Removal[] = [];
  for (const block of blocks) {
    if (isCreditLine(block.text) || isCaptionLine(block.text)) {
      removed.push({ text: block.text, reason: 'photo-credit' });
      continue;
    }
    const cut = cutBracketedCredits(block.text);
    removed.push(...cut.removed.map((text) => ({ text, reason: 'photo-credit' })));
    kept.push(cut.text === block.text ? block : { ...block, text: cut.text });
  }
  return { blocks: kept, removed };
}

/** Cuts a bracketed credit from the start or end of a paragraph. */
function cutBracketedCredits(text: string): { readonly text: string; readonly removed: readonly string[] } {
  const removed: string[] = [];
  let rest = text;
  const leading = /^[(\[]/u.test(rest) ? LEADING.exec(rest) : null;
  if (leading !== null && opensInCapitals(leading[0])) {
    removed.push(leading[0].trim());
    rest = rest.slice(leading[0].length);
  }
  const trailing = /[)\]]$/u.test(rest) ? TRAILING_BRACKETED.exec(rest) : null;
  if (trailing !== null && opensInCapitals(trailing[0])) {
    removed.push(trailing[0].trim());
    rest = rest.slice(0, trailing.index);
  }
  return { text: rest.trim(), removed };
}
