/**
 * The brief stage: assembles the contract Brief (shared/spec/brief.md) from a story's context and
 * the facts stage's analysis. No analysis here: articles, entities and the analysed parts are
 * placed into the contract shape, largest groups first.
 */
import { contentId } from '../shared/hash.ts';
import type { Brief, BriefEntity, StoryContext, StoryEntity } from '../types.ts';
import type { StoryFacts } from '../facts/model.ts';
import { toBriefArticle } from './article-view.ts';

function toBriefEntity(entity: StoryEntity): BriefEntity {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: [...entity.aliases],
    mentions: entity.mentions,
    articles: [...entity.articles],
  };
}

/** Stable for the same inputs: a hash of the story's article ids. */
export function briefId(context: StoryContext): string {
  return contentId('brief', ...context.story.articles.map((a) => a.id).sort());
}

export function buildBrief(context: StoryContext, facts: StoryFacts): Brief {
  const { story } = context;
  const entities = [...context.entities]
    .sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || (a.name < b.name ? -1 : 1))
    .map(toBriefEntity);
  return {
    id: briefId(context),
    headline: facts.headline,
    summary: facts.summary,
    eventDate: facts.eventDate,
    articles: story.articles.map((a) => toBriefArticle(a, story.duplicateOf[a.id] ?? null)),
    entities,
    quotes: facts.quotes,
    facts: facts.facts,
    conflicts: facts.conflicts,
    timeline: facts.timeline,
    coverage: facts.coverage,
  };
}
