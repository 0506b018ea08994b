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

/** The content words of a text, stemmed. */
export function contentWords(text: string): string[] {
  const words = text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*/gu) ?? [];
  const out: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/'s$/, '').replace(/\./g, '');
    if (word.length < 2 || stopwords.has(word)) continue;
    if (/^\d+$/.test(word) && word.length < 2) continue;
    out.push(stem(word));
  }
  return out;
}

/** Word counts of title and body; title words weigh `titleWeight` each. */
export function wordCounts(title: string | null, text: string, titleWeight: number): TermCounts {
  const counts: TermCounts = new Map();
  for (const word of contentWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  if (title !== null) for (const word of contentWords(title)) counts.set(word, (counts.get(word) ?? 0) + titleWeight);
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
