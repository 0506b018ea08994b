/**
 * Small, pure helpers for the metadata that containers (feed items, JSON lines) carry:
 * publication dates to ISO 8601, the host of a URL, whether a body holds markup.
 */

const monthNumbers: Readonly<Record<string, string>> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06',
  jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

/** RFC 822 zone names that feeds still use. */
const zoneOffsets: Readonly<Record<string, string>> = {
  Z: 'Z', UT: 'Z', UTC: 'Z', GMT: 'Z',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

const rfc822 = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{4}|[a-z]{1,4})?$/i;
const isoLike = /^\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * A publication date as `YYYY-MM-DD` or ISO 8601, keeping the writer's own time zone offset when
 * there is one; null when the value is missing or cannot be read as a date.
 */
export function normalizeDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  if (isoLike.test(text)) return Number.isNaN(Date.parse(text.replace(' ', 'T'))) ? null : text.replace(' ', 'T');
  const fromRfc = fromRfc822(text);
  if (fromRfc !== null) return fromRfc;
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
}

/** Epoch seconds (below 10^11) or milliseconds → ISO 8601 in UTC. */
function fromEpoch(value: number): string | null {
  const millis = Math.abs(value) < 1e11 ? value * 1000 : value;
  const date = new Date(millis);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function fromRfc822(text: string): string | null {
  const match = rfc822.exec(text);
  if (match === null) return null;
  const [, day = '', monthName = '', yearText = '', hour, minute, second, zone] = match;
  const month = monthNumbers[monthName.toLowerCase()];
  if (month === undefined) return null;
  const year = yearText.length === 2 ? `20${yearText}` : yearText;
  const date = `${year}-${month}-${day.padStart(2, '0')}`;
  if (hour === undefined || minute === undefined) return Number.isNaN(Date.parse(date)) ? null : date;
  const offset = zone === undefined ? 'Z' : zoneOffset(zone);
  if (offset === null) return null;
  const iso = `${date}T${hour.padStart(2, '0')}:${minute}:${second ?? '00'}${offset}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

function zoneOffset(zone: string): string | null {
  if (/^[+-]\d{4}$/.test(zone)) return zone === '+0000' || zone === '-0000' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return zoneOffsets[zone.toUpperCase()] ?? null;
}

/** The host of an http(s) URL without a leading `www.`, or null. */
export function urlHost(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.replace(/^www\./i, '') || null;
  } catch {
    return null;
  }
}

const markupTag = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;
const characterReference = /&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/i;

/** True when a body holds HTML tags or character references (it is then given to clean as HTML). */
export function hasMarkup(body: string): boolean {
  return markupTag.test(body) || characterReference.test(body);
}

/** A trimmed, non-empty string, or null. */
export function nonEmptyString(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
