/**
 * The batch end of `clusterArticles`: refining the streamed stories with the IDF of the whole
 * batch, naming the final stories and listing them.
 */
import { contentId } from '../shared/hash.ts';
import type { ClustererState } from './_clusterer.ts';
import { refineStories } from './refine.ts';
import type { StoryMember } from './story.ts';
import { weigh } from './vocabulary.ts';

export interface BatchRefinement {
  readonly clusterer: ClustererState;
  /** The articles that voted on their story's terms, in arrival order. */
  readonly members: readonly StoryMember[];
  /** All articles in arrival order (duplicates follow their original). */
  readonly articles: readonly { readonly id: string; readonly duplicateOf?: string | null }[];
  /** Article id → streamed story id; rewritten with the refined story ids. */
  readonly storyOf: Map<string, string>;
  /** Stories of the same articles streamed in other orders: refinement starts from their intersection. */
  readonly others: readonly ReadonlyMap<string, string>[];
}

/**
 * Re-assigns the members (see `refine.ts`); each final story is named by its earliest member,
 * and duplicates follow their original.
 */
export function refineAssignments({ clusterer, members, articles, storyOf, others }: BatchRefinement): void {
  const groupIndex = new Map<string, number>();
  const start = members.map((member) => {
    const story = [storyOf, ...others].map((partition) => partition.get(member.id)).join(' ');
    if (!groupIndex.has(story)) groupIndex.set(story, groupIndex.size);
    return groupIndex.get(story)!;
  });
  const { vocabulary, options } = clusterer;
  const refined = refineStories(
    members.map((m) => ({
      id: m.id,
      day: m.day,
      profile: { words: weigh(vocabulary, m.words), entities: weigh(vocabulary, m.entities), years: weigh(vocabulary, m.years) },
    })),
    start,
    options,
  );
  const firstOf = new Map<number, string>();
  members.forEach((member, i) => {
    if (!firstOf.has(refined[i]!)) firstOf.set(refined[i]!, contentId('story', member.id));
  });
  const memberStory = new Map(members.map((member, i) => [member.id, firstOf.get(refined[i]!)!]));
  for (const article of articles) {
    const story = memberStory.get(article.id) ?? (article.duplicateOf == null ? undefined : storyOf.get(article.duplicateOf));
    if (story !== undefined) storyOf.set(article.id, story);
  }
}

/** Stories, largest first (ties: earliest first article); article ids in arrival order. */
export function listStories(
  clusterer: ClustererState,
  storyOf: ReadonlyMap<string, string>,
): { readonly id: string; readonly articles: readonly string[] }[] {
  const byStory = new Map<string, string[]>();
  for (const [article, story] of storyOf) {
    const list = byStory.get(story);
    if (list === undefined) byStory.set(story, [article]);
    else list.push(article);
  }
  const ordinal = (id: string): number => clusterer.ordinals.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...byStory]
    .map(([id, ids]) => ({ id, articles: ids.sort((a, b) => ordinal(a) - ordinal(b)) }))
    .sort((a, b) => b.articles.length - a.articles.length || ordinal(a.articles[0]!) - ordinal(b.articles[0]!));
}
