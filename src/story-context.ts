/**
 * From clustered articles to stories, and from a story to what the facts stage reads.
 * Wiring only: each step is a stage call (dedup, cluster, nlp, quotes).
 */
import { findDuplicates, type DedupVerdict } from './dedup/index.ts';
import { clusterArticles } from './cluster/index.ts';
import { linkStoryEntities, resolveDates, type Nlp } from './nlp/index.ts';
import { groupQuotes } from './quotes/index.ts';
import { analyzeStory } from './facts/index.ts';
import { buildBrief } from './brief/index.ts';
import { contentId } from './shared/hash.ts';
import type { Options } from './options.ts';
import type { AnnotatedArticle, Brief, Story, StoryContext, StoryEntity, StoryQuote } from './types.ts';

/** Drops repeated articles (the same content read twice), keeping the first. */
export function uniqueArticles(articles: readonly AnnotatedArticle[]): AnnotatedArticle[] {
  const seen = new Set<string>();
  return articles.filter((a) => !seen.has(a.id) && seen.add(a.id) !== undefined);
}

/** Near-duplicates, then stories; stories largest first, articles in input order. */
export function groupStories(input: readonly AnnotatedArticle[], options: Options): Story[] {
  const articles = uniqueArticles(input);
  const verdicts = findDuplicates(articles, options.dedup);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const clustered = clusterArticles(
    articles.map((a) => ({ ...a, duplicateOf: verdicts.get(a.id)?.duplicateOf ?? null })),
    options.cluster,
  );
  return clustered.stories.map((cluster) => {
    const members = cluster.articles.map((id) => byId.get(id)).filter((a): a is AnnotatedArticle => a !== undefined);
    return storyOf(cluster.id, members, verdicts);
  });
}

/** The Story of these members, with what dedup said of each (duplicate, derived copy, diagnostics). */
export function storyOf(id: string, articles: readonly AnnotatedArticle[], verdicts: ReadonlyMap<string, DedupVerdict>): Story {
  const duplicateOf: Record<string, string> = {};
  const derivedFrom: Record<string, string> = {};
  for (const a of articles) {
    const verdict = verdicts.get(a.id);
    if (verdict?.duplicateOf) duplicateOf[a.id] = verdict.duplicateOf;
    if (verdict?.derivedFrom) derivedFrom[a.id] = verdict.derivedFrom;
  }
  const diagnostics = articles.flatMap((a) => verdicts.get(a.id)?.diagnostics ?? []);
  return { id, articles, duplicateOf, derivedFrom, diagnostics };
}

/** The story's reference day: the publication day most of its dated articles share (earliest on a tie). */
export function storyReferenceDate(story: Story): string | null {
  const counts = new Map<string, number>();
  for (const a of story.articles) {
    const day = a.publishedAt?.slice(0, 10);
    if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const ranked = [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  return ranked[0]?.[0] ?? null;
}

/** Undated articles take the story's day as the reference for their relative dates. */
function withStoryDates(nlp: Nlp, story: Story): Story {
  const reference = storyReferenceDate(story);
  if (reference === null) return story;
  const articles = story.articles.map((a) =>
    a.publishedAt ? a : { ...a, dates: resolveDates(nlp, a.text, a.dates, reference) },
  );
  return { ...story, articles };
}

function linkQuoteSpeakers(quotes: readonly StoryQuote[], entities: readonly StoryEntity[]): StoryQuote[] {
  const storyEntityOf = new Map<string, StoryEntity>();
  for (const entity of entities) for (const articleEntity of Object.keys(entity.members)) storyEntityOf.set(articleEntity, entity);
  return quotes.map((q) => {
    const linked = q.speaker?.entity ? storyEntityOf.get(q.speaker.entity) : undefined;
    // One name per speaker across the story: the linked entity's canonical name ("Ferrada" → "Tomás Ferrada").
    return q.speaker && linked ? { ...q, speaker: { name: linked.name, entity: linked.id } } : q.speaker ? { ...q, speaker: { ...q.speaker, entity: null } } : q;
  });
}

/** What the facts stage reads: the story with dates resolved, its linked entities and grouped quotes. */
export function buildStoryContext(nlp: Nlp, input: Story, options: Options): StoryContext {
  const story = withStoryDates(nlp, input);
  const entities = linkStoryEntities(story.articles.map((a) => ({ article: a.id, entities: a.entities })));
  const quotes = groupQuotes(story.articles.map((a) => ({ article: a.id, quotes: a.quotes })), options.quotes);
  return { story, entities, quotes: linkQuoteSpeakers(quotes, entities) };
}


/**
 * One story's brief: the facts stage over its context, then the contract value. The brief carries
 * its story's id, so one-shot `brief` output and the store (`show STORY`) name a story the same way.
 */
export function briefStory(nlp: Nlp, story: Story, options: Options): Brief {
  const context = buildStoryContext(nlp, story, options);
  return { ...buildBrief(context, analyzeStory(context, options.facts)), id: story.id };
}
