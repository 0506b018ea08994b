/**
 * Comparing two wordings of a quote, Quotebank-style: lower-cased, punctuation dropped, words
 * lightly stemmed (`relations` and `relationship` meet at `relation`), then compared by the longest
 * run of words they share and by how much of the shorter one the longer contains.
 */

const letterPattern = /\p{L}/u;
const digitPattern = /\p{N}/u;

function isLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return i < s.length && letterPattern.test(s[i] as string);
}

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? c >= 48 && c <= 57 : digitPattern.test(s[i] as string);
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2018 || c === 96;

/**
 * Lower case, typographic apostrophes unified, punctuation dropped, spaces collapsed. An apostrophe
 * stays only between two letters (`we're`). One pass over the characters: it runs on every quote.
 */
export function normalizeQuoteText(text: string): string {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let from = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = lower.charCodeAt(i);
    const keep = i < lower.length && (isLetter(lower, i) || isDigit(lower, i) || (isApostrophe(c) && i > 0 && isLetter(lower, i - 1) && isLetter(lower, i + 1)));
    if (keep) {
      if (from < 0) from = i;
      continue;
    }
    if (from < 0) continue;
    const word = lower.slice(from, i);
    words.push(/[’‘`]/.test(word) ? word.replace(/[’‘`]/g, "'") : word);
    from = -1;
  }
  return words.join(' ');
}

/** A light stem: enough to meet inflections and `-ship` derivations, nothing more. */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '').replace(/'/g, '');
  for (const suffix of ['ship', 'ness', 'ment']) if (w.length > suffix.length + 4 && w.endsWith(suffix)) w = w.slice(0, -suffix.length);
  for (const suffix of ['ing', 'ies', 'ied', 'ed', 'es', 'ly', 's']) {
    if (w.length > suffix.length + 3 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  }
  return w;
}

/** Words that carry no meaning of their own when two wordings are compared. */
const functionWords = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'so', 'if', 'than', 'then', 'that', 'this', 'these', 'those', 'there',
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'it', 'its', 'they',
  'them', 'their', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'about', 'as', 'is',
  'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'have', 'has', 'had', 'will',
  'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'not', 'no', 'also', 'very', 'just', 'only',
  'too', 'all', 'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'how', 'why', "it's", "i'm",
  "we're", "that's", "there's", "they're", "you're", "we've", "i've",
]);

/** The stems of the words that carry meaning (normalised words in, function words dropped). */
export function contentStems(words: readonly string[]): string[] {
  return words.filter((w) => !functionWords.has(w)).map(stem);
}

export function quoteStems(text: string): string[] {
  return normalizeQuoteText(text).split(' ').filter((w) => w !== '').map(stem);
}

/** Length of the longest run of words two stem lists share. */
export function longestSharedRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== b[j - 1]) continue;
      const run = (prev[j - 1] ?? 0) + 1;
      row[j] = run;
      if (run > best) best = run;
    }
    prev = row;
  }
  return best;
}

/** Share of the smaller word set found in the larger one (0..1). */
export function containment(a: readonly string[], b: readonly string[]): number {
  const x = new Set(a);
  const y = new Set(b);
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

/** Thresholds of `sameQuote`. */
export interface QuoteMatchRule {
  /** A shared run of this many words makes two wordings one quote. */
  readonly minSharedRun: number;
  /** Or: the shorter wording (at least 3 words) is this share of a run in the longer one. */
  readonly minRunShare: number;
  /** Or: this share of the shorter wording's words (at least 4) appears in the longer. */
  readonly minContainment: number;
}

export const defaultQuoteMatchRule: QuoteMatchRule = { minSharedRun: 6, minRunShare: 0.8, minContainment: 0.9 };

/** True when two stem lists are wordings of the same quote. */
export function sameQuote(a: readonly string[], b: readonly string[], rule: QuoteMatchRule = defaultQuoteMatchRule): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a.join(' ') === b.join(' ')) return true;
  const shorter = Math.min(a.length, b.length);
  const run = longestSharedRun(a, b);
  if (run >= rule.minSharedRun) return true;
  if (shorter >= 3 && run >= shorter * rule.minRunShare) return true;
  return shorter >= 4 && containment(a, b) >= rule.minContainment;
}
