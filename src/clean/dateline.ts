/**
 * The dateline that opens a news report: `OSLO:`, `LAGOS (Reuters) -`,
 * `WASHINGTON, Sept 2 (AP) —`, `(Reuters) -`. The place goes to `dateline`, the wire tag to `wire`,
 * and the dateline is taken out of the first sentence.
 *
 * A place in capitals needs only a separator after it; a place in mixed case needs a date or a wire
 * tag as well. Section labels in capitals (`UPDATE:`, `EXCLUSIVE:`) are not places.
 */

export interface Dateline {
  /** The place, as written (`OSLO`), or null. */
  readonly place: string | null;
  /** The wire tag (`Reuters`, `AP`), or null. */
  readonly wire: string | null;
  /** The dateline as it stood, including its separator. */
  readonly text: string;
  /** The paragraph without the dateline. */
  readonly rest: string;
}

const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]*){0,3}`;
const MIXED_PLACE = String.raw`\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]*){0,3}`;
const DATE = String.raw`,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?(?:\s+\d{4})?)`;
const WIRE = String.raw`\(([\p{Lu}][^()]{0,39})\)`;
const SEPARATOR = String.raw`\s*(?::|--|[-–—])\s+(?=["“‘]?[\p{Lu}\p{N}])`;

const CAPS_DATELINE = new RegExp(`^(${CAPS_PLACE})(${DATE})?(?:\\s*${WIRE})?${SEPARATOR}`, 'u');
const MIXED_DATELINE = new RegExp(`^(${MIXED_PLACE})(?:(${DATE})(?:\\s*${WIRE})?|\\s*${WIRE})${SEPARATOR}`, 'u');
const WIRE_ONLY = new RegExp(`^${WIRE}${SEPARATOR}`, 'u');

/** Capitalised labels that open a paragraph like a dateline but are not places. */
const LABELS = new Set(
  (
    'UPDATE UPDATED BREAKING EXCLUSIVE WATCH LISTEN READ ANALYSIS OPINION EDITORIAL PHOTOS PHOTO VIDEO ' +
    'LIVE NOTE CORRECTION RELATED ADVERTISEMENT SPONSORED FACT CHECK ALSO MORE SEE Q A TRANSCRIPT ' +
    'SUMMARY BACKGROUND CONTEXT DISCLAIMER WARNING ALERT FLASH URGENT COMMENT REVIEW INTERVIEW'
  ).split(' '),
);

/** Finds the dateline at the start of the first paragraph; null when there is none. */
export function readDateline(paragraph: string): Dateline | null {
  const caps = CAPS_DATELINE.exec(paragraph);
  if (caps !== null && isPlace(caps[1] ?? '')) return found(caps[0], caps[1] ?? null, caps[3] ?? null, paragraph);
  const mixed = MIXED_DATELINE.exec(paragraph);
  if (mixed !== null && isPlace(mixed[1] ?? '')) {
    return found(mixed[0], mixed[1] ?? null, mixed[3] ?? mixed[4] ?? null, paragraph);
  }
  const wire = WIRE_ONLY.exec(paragraph);
  if (wire !== null) return found(wire[0], null, wire[1] ?? null, paragraph);
  return null;
}

function isPlace(place: string): boolean {
  const letters = place.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  return !place.split(' ').some((word) => LABELS.has(word.replace(/[^\p{L}]/gu, '').toUpperCase()));
}

function found(text: string, place: string | null, wire: string | null, paragraph: string): Dateline {
  return {
    place: place === null ? null : place.replace(/[,.]+$/u, ''),
    wire: wire === null ? null : wire.trim(),
    text: text.trim(),
    rest: paragraph.slice(text.length),
  };
}
