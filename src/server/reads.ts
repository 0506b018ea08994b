/**
 * What the pages and the API read from the store, shaped once for both: story rows with their
 * outlets, an entity with its stories, search hits with the stories and titles they belong to.
 * Only `Store` methods; no backend detail.
 */
import type { SearchHit, Store, StoryRow } from '../store/index.ts';
import type { BriefEntity } from '../types.ts';
import type { ListedStory } from '../render/site/index.ts';

export async function withOutlets(store: Store, rows: readonly StoryRow[]): Promise<ListedStory[]> {
  const outlets = await store.storyOutlets(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, outlets: [...(outlets.get(r.id) ?? [])] }));
}

export interface StoriesPage {
  readonly stories: ListedStory[];
  readonly total: number;
}

export async function readStories(store: Store, window: { readonly limit: number; readonly offset: number }): Promise<StoriesPage> {
  const [rows, counts] = await Promise.all([store.listStories(window), store.counts()]);
  return { stories: await withOutlets(store, rows), total: counts.stories };
}

export type EntitySummary = Pick<BriefEntity, 'id' | 'name' | 'type' | 'aliases'>;

export interface EntityView {
  readonly entity: EntitySummary;
  readonly stories: ListedStory[];
}

/** The entity as its largest story's brief names it, with every story naming it; null when none does. */
export async function readEntity(store: Store, entityId: string): Promise<EntityView | null> {
  const rows = await store.entityStories(entityId);
  for (const row of rows) {
    const found = (await store.getBrief(row.id))?.entities.find((e) => e.id === entityId);
    if (found === undefined) continue;
    const entity: EntitySummary = { id: found.id, name: found.name, type: found.type, aliases: [...found.aliases] };
    return { entity, stories: await withOutlets(store, rows) };
  }
  return null;
}

export interface SearchView {
  readonly query: string;
  readonly hits: readonly SearchHit[];
  readonly stories: readonly StoryRow[];
  /** Article id → title, for the article hits. */
  readonly titles: ReadonlyMap<string, string | null>;
}

export async function readSearch(store: Store, query: string, limit: number): Promise<SearchView> {
  const hits = await store.search(query, limit);
  const storyIds = [...new Set(hits.flatMap((h) => (h.story === null ? [] : [h.story])))];
  const articleIds = [...new Set(hits.flatMap((h) => (h.article === null ? [] : [h.article])))];
  const [stories, articles] = await Promise.all([store.storyRows(storyIds), store.getArticles(articleIds)]);
  return { query, hits, stories, titles: new Map(articles.map((a) => [a.id, a.title])) };
}
