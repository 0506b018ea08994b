/**
 * The optional `date YYYY-MM-DD` header of a plain-text input. It opens the file, after any leading
 * white space, and may stand on its own line or on the same line as the first sentence. The date
 * becomes `publishedAt`; the header is taken out of the body.
 */

export interface DateHeader {
  /** `YYYY-MM-DD`, or null when the body has no valid header. */
  readonly publishedAt: string | null;
  /** The body without the header (unchanged when there is none). */
  readonly body: string;
  /** The header as it stood, or null. */
  readonly header: string | null;
}

const HEADER = /^\s*date[ \t]*[:=]?[ \t]+(\d{4})-(\d{2})-(\d{2})(?=\s|$)[ \t]*\n?/iu;

/** Finds and strips the date header at the start of a plain-text body. */
export function readDateHeader(body: string): DateHeader {
  const match = HEADER.exec(body);
  if (match === null) return { publishedAt: null, body, header: null };
  const [whole, year, month, day] = match;
  const value = `${year}-${month}-${day}`;
  if (!isCalendarDate(value)) return { publishedAt: null, body, header: null };
  return { publishedAt: value, body: body.slice(whole.length), header: whole.trim() };
}

/** True for a real calendar day (`2025-02-30` is not). */
export function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
