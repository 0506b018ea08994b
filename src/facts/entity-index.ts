/**
 * Story entities seen from one article: each article-level entity mention mapped to its StoryEntity
 * (so "Halvorsen" in one article and "Ingrid Halvorsen" in another are the same id).
 */
import type { AnnotatedArticle, EntityType, Span, StoryEntity } from '../types.ts';

export interface EntityMention {
  readonly span: Span;
  /** StoryEntity id (or the article entity id when the story did not link it). */
  readonly entity: string;
  readonly type: EntityType;
  readonly name: string;
}

export interface ArticleEntities {
  /** Mentions in text order. */
  readonly mentions: readonly EntityMention[];
  /** The article's two most mentioned people (StoryEntity ids), most mentioned first. */
  readonly mainPeople: readonly string[];
}

/** Article-level entity id → StoryEntity. */
export function storyEntityLookup(entities: readonly StoryEntity[]): ReadonlyMap<string, StoryEntity> {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const map = new Map<string, StoryEntity>();
  for (const entity of entities) {
    for (const [member, storyId] of Object.entries(entity.members)) {
      const target = byId.get(storyId) ?? entity;
      map.set(member, target);
    }
  }
  return map;
}

function topPeople(mentions: readonly EntityMention[]): string[] {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.type === 'person') counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 2)
    .map(([id]) => id);
}

/** The mentions of one article's entities, under their story ids. */
export function articleEntities(
  article: AnnotatedArticle,
  lookup: ReadonlyMap<string, StoryEntity>,
): ArticleEntities {
  const mentions: EntityMention[] = [];
  for (const entity of article.entities) {
    const linked = lookup.get(entity.id);
    const id = linked?.id ?? entity.id;
    const name = linked?.name ?? entity.name;
    for (const span of entity.mentions) mentions.push({ span, entity: id, type: entity.type, name });
  }
  mentions.sort((a, b) => a.span.start - b.span.start);
  return { mentions, mainPeople: topPeople(mentions) };
}

/** Mentions that fall inside a span (mentions in text order: a binary search finds the first). */
export function mentionsWithin(mentions: readonly EntityMention[], span: Span): EntityMention[] {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((mentions[mid] as EntityMention).span.start < span.start) low = mid + 1;
    else high = mid;
  }
  const out: EntityMention[] = [];
  for (let i = low; i < mentions.length; i += 1) {
    const m = mentions[i] as EntityMention;
    if (m.span.start >= span.end) break;
    if (m.span.end <= span.end) out.push(m);
  }
  return out;
}
