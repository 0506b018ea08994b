/**
 * Links a name written in the text to one of the nlp stage's entities: the entity with a mention
 * overlapping the name, else the one named or aliased that way, else the person whose last name it
 * shares. The entities are indexed once per article, so a name costs a few look-ups, not a pass
 * over every entity and mention; among several fits the entity listed first wins.
 */
import type { ArticleEntity, Span } from '../types.ts';

interface EntitySpan {
  readonly start: number;
  readonly end: number;
  /** Index of the entity in the article's list. */
  readonly entity: number;
}

export interface EntityLinks {
  readonly entities: readonly ArticleEntity[];
  /** Every entity mention, by start. */
  readonly spans: readonly EntitySpan[];
  readonly longestSpan: number;
  /** Lower-cased names and aliases: the first entity written so. */
  readonly byName: ReadonlyMap<string, number>;
  /** Lower-cased last words of person names: the first person with it. */
  readonly byLastWord: ReadonlyMap<string, number>;
  /** Names and aliases as written. */
  readonly written: ReadonlySet<string>;
}

const lastWordOf = (lower: string): string => lower.split(/\s+/).pop() as string;

function setFirst(map: Map<string, number>, key: string, index: number): void {
  if (!map.has(key)) map.set(key, index);
}

export function indexEntities(entities: readonly ArticleEntity[]): EntityLinks {
  const spans: EntitySpan[] = [];
  const byName = new Map<string, number>();
  const byLastWord = new Map<string, number>();
  const written = new Set<string>();
  let longestSpan = 0;
  entities.forEach((e, index) => {
    for (const m of e.mentions) {
      spans.push({ start: m.start, end: m.end, entity: index });
      longestSpan = Math.max(longestSpan, m.end - m.start);
    }
    setFirst(byName, e.name.toLowerCase(), index);
    for (const a of e.aliases) setFirst(byName, a.toLowerCase(), index);
    if (e.type === 'person') setFirst(byLastWord, lastWordOf(e.name.toLowerCase()), index);
    written.add(e.name);
    for (const a of e.aliases) written.add(a);
  });
  spans.sort((a, b) => a.start - b.start);
  return { entities, spans, longestSpan, byName, byLastWord, written };
}

/** Index of the first entity with a mention overlapping `span`, or -1. */
function overlapping(links: EntityLinks, span: Span): number {
  const from = span.start - links.longestSpan;
  let lo = 0;
  let hi = links.spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((links.spans[mid] as EntitySpan).start < from) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  for (let i = lo; i < links.spans.length; i++) {
    const m = links.spans[i] as EntitySpan;
    if (m.start >= span.end) break;
    if (span.start < m.end && (best < 0 || m.entity < best)) best = m.entity;
  }
  return best;
}

/** The entity a name written at `span` stands for, or null. */
export function linkEntity(links: EntityLinks, name: string, span: Span): ArticleEntity | null {
  if (links.entities.length === 0) return null;
  const lower = name.toLowerCase();
  let index = overlapping(links, span);
  if (index < 0) index = links.byName.get(lower) ?? links.byLastWord.get(lastWordOf(lower)) ?? -1;
  return index < 0 ? null : (links.entities[index] as ArticleEntity);
}
