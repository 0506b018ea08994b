/**
 * Terms of an article for story clustering: lower-cased words without stop words, lightly
 * stemmed (plurals, -ing, -ed), numbers of two or more digits kept (years, tolls, magnitudes).
 * Title words count `titleWeight` times. Entities become `@name` terms, one per name or alias.
 * Years mentioned in the text (1900-2099) become `#YYYY` terms: reports of two similar events
 * (two earthquakes, two arrests) are told apart by the years they name.
 */
import type { ArticleEntity, EntityType } from '../types.ts';
import { stopwords } from './_stopwords.ts';

/** Term → weight (raw, before IDF). */
export type TermCounts = Map<string, number>;

/** Strips the commonest English inflections so `quake`/`quakes`, `killing`/`killed` meet. */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** ASCII code → 1 for a letter or digit. */
const asciiWord = new Uint8Array(128).map((_, c) => (/[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0));
/** A letter or number at `lastIndex` (sticky: tested in place, no slicing). */
const unicodeWord = /[\p{L}\p{N}]/uy;

/** Code units of the letter or digit at `i` (2 for an astral one), or 0 when it is neither. */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return asciiWord[c]!;
  unicodeWord.lastIndex = i;
  if (!unicodeWord.test(text)) return 0;
  return c >= 0xd800 && c <= 0xdbff ? 2 : 1;
}

/** An apostrophe (straight or curly), a dot or a hyphen: joins two runs of letters into one word. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 46 || c === 45 || c === 0x2019 || c === 0x2018;
}

/**
 * Calls `visit` with each content word of a text, stemmed, in order. One pass over the
 * lower-cased text: a word is a run of letters and digits, joined across single apostrophes,
 * dots and hyphens (`o'neill`, `u.s`, `coast-guard`); a final `'s` and dots are dropped.
 */
export function forEachContentWord(text: string, visit: (word: string) => void): void {
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let width = wordCharLength(lower, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    let joined = false;
    for (;;) {
      while (width > 0) {
        i += width;
        width = i < n ? wordCharLength(lower, i) : 0;
      }
      if (i + 1 >= n || !isJoiner(lower.charCodeAt(i))) break;
      width = wordCharLength(lower, i + 1);
      if (width === 0) break;
      joined = true;
      i++;
    }
    const word = joined ? withoutMarks(lower.slice(start, i)) : lower.slice(start, i);
    if (word.length < 2 || stopwords.has(word)) continue;
    visit(stem(word));
  }
}

/** Curly apostrophes made straight, a final `'s` and every dot dropped. */
function withoutMarks(word: string): string {
  return word.replace(/[’‘]/g, "'").replace(/'s$/, '').replace(/\./g, '');
}

/** The content words of a text, stemmed. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  forEachContentWord(text, (word) => out.push(word));
  return out;
}

/** Word counts of title and body; title words weigh `titleWeight` each. */
export function wordCounts(title: string | null, text: string, titleWeight: number): TermCounts {
  const counts: TermCounts = new Map();
  forEachContentWord(text, (word) => counts.set(word, (counts.get(word) ?? 0) + 1));
  if (title !== null) forEachContentWord(title, (word) => counts.set(word, (counts.get(word) ?? 0) + titleWeight));
  return counts;
}

const typeWeight: Readonly<Record<EntityType, number>> = { person: 1, organization: 0.8, place: 1, other: 0.5 };

/** One `@name` term per distinct entity name or alias, weighted by type and (sublinearly) mentions. */
export function entityCounts(entities: readonly Pick<ArticleEntity, 'name' | 'aliases' | 'type' | 'mentions'>[]): TermCounts {
  const counts: TermCounts = new Map();
  for (const entity of entities) {
    const weight = typeWeight[entity.type] * (1 + Math.log(Math.max(1, entity.mentions.length)));
    for (const name of new Set([entity.name, ...entity.aliases].map(entityKey))) {
      if (name === '@') continue;
      counts.set(name, Math.max(counts.get(name) ?? 0, weight));
    }
  }
  return counts;
}

function entityKey(name: string): string {
  return `@${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;
}

/** Sublinear term frequency: 1 + ln(tf). */
export function dampen(counts: TermCounts): TermCounts {
  const out: TermCounts = new Map();
  for (const [term, count] of counts) out.set(term, count > 0 ? 1 + Math.log(count) : 0);
  return out;
}

/** `#YYYY` terms for the years a title and text mention (each counted once). */
export function yearCounts(title: string | null, text: string): TermCounts {
  const counts: TermCounts = new Map();
  for (const match of `${title ?? ''}\n${text}`.matchAll(/\b(?:19|20)\d\d\b/g)) counts.set(`#${match[0]}`, 1);
  return counts;
}
