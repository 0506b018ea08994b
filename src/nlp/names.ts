/**
 * Name forms: the comparison key that makes spelling variants and possessives one name
 * (Organisation = Organization, Ferrada's = Ferrada, U.S. = US), and the acronym test.
 */

const isQuote = (code: number): boolean => code === 39 || code === 0x2019;

/** Strips a trailing possessive (`'s`, `’s`, `s'`). */
export function stripPossessive(name: string): string {
  const last = name.charCodeAt(name.length - 1);
  const plain = !isQuote(last) && !(last === 115 && isQuote(name.charCodeAt(name.length - 2)));
  if (plain && name.charCodeAt(0) > 32 && last > 32) return name;
  return name.replace(/['’]s$/u, '').replace(/(s)['’]$/u, '$1').trim();
}

/** Anything `nameKey` would change besides the case; most names have none of it. */
const NEEDS_FOLDING = /['’‘`.\-‐–]|\s\s|^\s|\s$|[^\S ]|iz(?:e|es|ed|ing|ation|ations)\b|\bcenter\b|\bdefense\b/;

/** Comparison key of a name: case, possessive, dots, dashes and -ise/-ize spellings folded. */
export function nameKey(name: string): string {
  const lower = name.toLowerCase();
  return NEEDS_FOLDING.test(lower) ? foldName(name) : lower;
}

/** A `nameKey` that remembers its answers: made once per article, so the cache dies with it. */
export function createNameKeys(): (name: string) => string {
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = nameKey(name)));
    return key;
  };
}

function foldName(name: string): string {
  return stripPossessive(name)
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/iz(e|es|ed|ing|ation|ations)\b/g, 'is$1')
    .replace(/\bcenter\b/g, 'centre')
    .replace(/\bdefense\b/g, 'defence')
    .trim();
}

/** True for an all-capitals short word such as `NATO`, `AFP`, `U.S.`. */
export function isAcronym(word: string): boolean {
  const second = word.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  const letters = word.replace(/\./g, '');
  return /^[A-Z][A-Z0-9&]{1,7}$/.test(letters) && /[A-Z].*[A-Z]/.test(letters);
}

/** Whether `acronym` can abbreviate `name`: its letters follow the initials of the name's words, in order. */
export function abbreviates(acronym: string, name: string): boolean {
  const letters = acronym.replace(/\./g, '').toLowerCase();
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]?.toLowerCase() ?? '')
    .join('');
  if (letters.length < 2 || initials.length === 0 || letters[0] !== initials[0]) return false;
  let at = 0;
  for (const letter of initials) if (letter === letters[at]) at += 1;
  return at >= Math.min(letters.length, initials.length);
}

/** Picks the canonical form: the longest, then the most frequent, then the first seen. */
export function canonicalName(forms: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1);
  let best = forms[0] ?? '';
  for (const [form, count] of counts) {
    const longer = form.length > best.length;
    const sameLength = form.length === best.length;
    if (longer || (sameLength && count > (counts.get(best) ?? 0))) best = form;
  }
  return best;
}
