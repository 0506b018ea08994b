/**
 * Cluster stage: streaming story clustering (after Priberam's online clusterer).
 *
 * Each article is compared only with candidate stories found through an inverted index of its
 * heaviest terms and entities, within `windowDays` of its date. Similarity: TF-IDF cosine of
 * title and body against the story centroid (top `centroidTerms` terms, incremental document
 * frequencies), blended with shared named entities, damped by a Gaussian of the date gap. The
 * article joins the best story at or above `joinThreshold`, else starts a new one; when it also
 * fits a second story whose centroid is within `mergeThreshold` of the first, the two merge
 * (the older story's id survives). Duplicates join their original's story. Deterministic for a
 * given input order; story ids are content hashes of their first article's id.
 *
 * `clusterArticles` (a batch) also streams the articles reversed and by id, starts from the
 * stories all three orders agree on and refines them with the batch's IDF (`refine.ts`:
 * leave-one-out re-assignment, merges of converged centroids, lone articles adopted), so its
 * stories barely depend on the input order. A final story is named by its earliest article.
 * `assignArticle` (the incremental path) streams only.
 *
 * Diagnostics (source `cluster`, severity info):
 * - `merged-stories`: two stories converged and were merged;
 * - `duplicate-joined`: a duplicate joined its original's story without voting on its terms.
 */
import type { AnnotatedArticle, Diagnostic } from '../types.ts';
import { info } from '../diagnostics.ts';
import { defaultClusterOptions, type ClusterOptions } from './options.ts';
import { createState, findStory, resolveStory, sweepStale, withinWindow, type ClustererState } from './_clusterer.ts';
import { dampen, entityCounts, wordCounts, yearCounts } from './terms.ts';
import { addDocumentIds } from './vocabulary.ts';
import { addCopy, addMember, centroidOf, createStory, dayGap, mergeInto, nameRank, type StoryMember } from './story.ts';
import { blendSimilarity, dayNumber, timeFactor } from './similarity.ts';
import { lookupStories, postStory, transferPostings, type Query } from './postings.ts';
import { addAllTerms, addTopTerms, clearProbe, createProbe, probeCosines, profileCosines, spreadProbe, touchProfiles, weighProfile, type InternedProfile, type Probe, type TermList } from './term-vector.ts';
import { tableOf } from './term-table.ts';
import { listStories, refineAssignments } from './_batch.ts';

export type { ClusterOptions } from './options.ts';
export { defaultClusterOptions } from './options.ts';

export type ClusterInput = Pick<AnnotatedArticle, 'id' | 'title' | 'text' | 'publishedAt' | 'entities' | 'source'> & {
  /** From dedup: the original this article duplicates; it then joins that original's story. */
  readonly duplicateOf?: string | null;
};

export interface ClusterAssignment {
  /** The story the article joined (or started). */
  readonly story: string;
  /** Similarity to that story (0 for a new story, 1 for a duplicate joining its original). */
  readonly similarity: number;
  readonly created: boolean;
  /** Stories merged into `story` because of this article. */
  readonly merged: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface ClusterResult {
  /** Article id → its (final) story id. */
  readonly storyOf: ReadonlyMap<string, string>;
  /** Stories, largest first (ties: earliest first article); article ids in arrival order. */
  readonly stories: readonly { readonly id: string; readonly articles: readonly string[] }[];
  readonly diagnostics: readonly Diagnostic[];
}

export type Clusterer = ClustererState;

export function createClusterer(options: Partial<ClusterOptions> = {}): Clusterer {
  return createState({ ...defaultClusterOptions, ...options });
}

/** A clusterer for one batch: it keeps every article's ordinal and forgets no term (see _clusterer.ts). */
function createBatchClusterer(options: Partial<ClusterOptions>): Clusterer {
  return createState({ ...defaultClusterOptions, ...options }, true);
}

/** Puts one article in a story: its original's, the best candidate's, or a new one. */
export function assignArticle(clusterer: Clusterer, article: ClusterInput): ClusterAssignment {
  return placeArticle(clusterer, article).assignment;
}

interface Placed {
  readonly assignment: ClusterAssignment;
  /** The article's terms, when it voted on its story's terms (not a duplicate or a repeat). */
  readonly member: StoryMember | null;
}

/** An article's terms, computed once per batch and shared by the passes over it. */
type ArticleTerms = Pick<StoryMember, 'words' | 'entities' | 'years'>;

function placeArticle(clusterer: Clusterer, article: ClusterInput, cache?: Map<string, ArticleTerms>): Placed {
  const known = clusterer.articleStory.get(article.id);
  if (known !== undefined) {
    return { assignment: { story: resolveStory(clusterer, known), similarity: 1, created: false, merged: [], diagnostics: [] }, member: null };
  }
  const ordinal = clusterer.arrivals++;
  if (clusterer.batch) clusterer.ordinals.set(article.id, ordinal);
  sweepStale(clusterer);
  const day = dayNumber(article.publishedAt);
  if (day !== null) clusterer.lastDay = clusterer.lastDay === null ? day : Math.max(clusterer.lastDay, day);
  const original = article.duplicateOf == null ? undefined : clusterer.articleStory.get(article.duplicateOf);
  if (original !== undefined) return { assignment: joinOriginal(clusterer, { id: article.id, ordinal, day }, original), member: null };
  const member = memberOf({ clusterer, article, ordinal, day, cache });
  const { vocabulary } = clusterer;
  const profile = weighProfile(vocabulary, member.tables);
  const query = queryOf(clusterer, profile);
  const scored = scoreCandidates(clusterer, { profile, query, day });
  const best = scored[0];
  const joins = best !== undefined && best.score >= clusterer.options.joinThreshold;
  const story = joins ? clusterer.stories.get(best.story)! : startStory(clusterer, article.id, ordinal);
  addMember(story, member, clusterer.vocabulary, clusterer.options.centroidTerms);
  clusterer.articleStory.set(article.id, story.id);
  postStory(clusterer.postings, story.key, query.terms);
  const merged = joins ? mergeConverged(clusterer, story.id, scored.slice(1)) : [];
  const survivor = resolveStory(clusterer, story.id);
  const assignment = {
    story: survivor,
    similarity: joins ? round(best.score) : 0,
    created: !joins,
    merged: merged.filter((id) => id !== survivor),
    diagnostics: merged.map((id) => mergedDiagnostic(id, survivor)),
  };
  return { assignment, member };
}

/**
 * Streams every article through a fresh clusterer, in order, refines the stories (see
 * `refine.ts`) and reports the final stories.
 */
export function clusterArticles(articles: readonly ClusterInput[], options: Partial<ClusterOptions> = {}): ClusterResult {
  const clusterer = createBatchClusterer(options);
  const diagnostics: Diagnostic[] = [];
  const members: StoryMember[] = [];
  const refining = clusterer.options.refineRounds > 0 && articles.length <= clusterer.options.maxRefineArticles;
  const cache = refining ? new Map<string, ArticleTerms>() : undefined;
  for (const article of articles) {
    const placed = placeArticle(clusterer, article, cache);
    diagnostics.push(...placed.assignment.diagnostics);
    if (placed.member !== null) members.push(placed.member);
  }
  const storyOf = streamedStories(clusterer, articles);
  if (refining) {
    const others = otherOrders(articles, clusterer.options.consensusOrders).map((order) => {
      const other = createBatchClusterer(options);
      for (const article of order) placeArticle(other, article, cache);
      return streamedStories(other, order);
    });
    refineAssignments({ clusterer, members, articles, storyOf, others });
  }
  return { storyOf, stories: listStories(clusterer, storyOf), diagnostics };
}

function streamedStories(clusterer: Clusterer, articles: readonly ClusterInput[]): Map<string, string> {
  const storyOf = new Map<string, string>();
  for (const article of articles) storyOf.set(article.id, resolveStory(clusterer, clusterer.articleStory.get(article.id)!));
  return storyOf;
}

/** Up to `count` other arrival orders: reversed, then by id. */
function otherOrders(articles: readonly ClusterInput[], count: number): ClusterInput[][] {
  const orders = [[...articles].reverse(), [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))];
  return orders.slice(0, count);
}

interface MemberRequest {
  readonly clusterer: Clusterer;
  readonly article: ClusterInput;
  readonly ordinal: number;
  readonly day: number | null;
  readonly cache: Map<string, ArticleTerms> | undefined;
}

function memberOf({ clusterer, article, ordinal, day, cache }: MemberRequest): StoryMember {
  let terms = cache?.get(article.id);
  if (terms === undefined) {
    terms = {
      words: dampen(wordCounts(article.title, article.text, clusterer.options.titleWeight)),
      entities: entityCounts(article.entities),
      years: yearCounts(article.title, article.text),
    };
    cache?.set(article.id, terms);
  }
  const { words, entities, years } = terms;
  const { vocabulary } = clusterer;
  const tables = { words: tableOf(vocabulary, words), entities: tableOf(vocabulary, entities), years: tableOf(vocabulary, years) };
  addDocumentIds(vocabulary, tables.words.ids, tables.entities.ids, tables.years.ids);
  return { id: article.id, ordinal, words, entities, years, tables, day };
}

function joinOriginal(
  clusterer: Clusterer,
  member: { id: string; ordinal: number; day: number | null },
  originalStory: string,
): ClusterAssignment {
  const story = findStory(clusterer, originalStory)!;
  addCopy(story, member);
  clusterer.articleStory.set(member.id, story.id);
  const diagnostic = info('cluster', { rule: 'duplicate-joined', message: `A duplicate; joined its original's story ${story.id}.` });
  return { story: story.id, similarity: 1, created: false, merged: [], diagnostics: [diagnostic] };
}

function startStory(clusterer: Clusterer, articleId: string, ordinal: number) {
  const story = createStory(articleId, ordinal, clusterer.freeKeys.pop() ?? clusterer.byKey.length);
  clusterer.stories.set(story.id, story);
  clusterer.byKey[story.key] = story;
  if (story.key >= clusterer.nameRanks.length) {
    const grown = new Float64Array(clusterer.nameRanks.length * 2);
    grown.set(clusterer.nameRanks);
    clusterer.nameRanks = grown;
  }
  clusterer.nameRanks[story.key] = nameRank(story.id);
  return story;
}

/** The article's heaviest words plus all its entities, with their weights (words and entities never share a term). */
function queryOf(clusterer: Clusterer, profile: InternedProfile): TermList {
  const query: TermList = { terms: [], weights: [] };
  addTopTerms(clusterer.vocabulary, profile.words, clusterer.options.queryTerms, query);
  addAllTerms(profile.entities, query);
  return query;
}

interface Scored {
  readonly story: string;
  readonly score: number;
}

interface Placing {
  readonly profile: InternedProfile;
  readonly query: Query;
  readonly day: number | null;
}

function scoreCandidates(clusterer: Clusterer, { profile, query, day }: Placing): Scored[] {
  const { options, vocabulary, byKey } = clusterer;
  const candidates = lookupStories(clusterer.postings, {
    query,
    maxPostings: options.maxPostings,
    maxCandidates: options.maxCandidates,
    accept: (key) => {
      const live = byKey[key];
      return live !== undefined && withinWindow(live, day, options.windowDays);
    },
    nameOf: (key) => byKey[key]!.id,
    nameRanks: clusterer.nameRanks,
  });
  const probe = probeFor(clusterer);
  spreadProbe(probe, profile);
  const centroids = candidates.map((key) => centroidOf(byKey[key]!, vocabulary));
  touchProfiles(probe, centroids);
  const scored = candidates.map((key, k) => {
    const story = byKey[key]!;
    const score = blendSimilarity(probeCosines(probe, profile, centroids[k]!), options) * timeFactor(dayGap(story, day), options);
    return { story: story.id, score };
  });
  clearProbe(probe, profile);
  return scored
    .sort((a, b) => b.score - a.score || clusterer.stories.get(a.story)!.first - clusterer.stories.get(b.story)!.first);
}

/** The probe scratch, grown to cover every term id. */
function probeFor(clusterer: Clusterer): Probe {
  const needed = clusterer.vocabulary.terms.length;
  if (clusterer.probe.weights.length < needed) {
    let size = clusterer.probe.weights.length;
    while (size < needed) size *= 2;
    clusterer.probe = createProbe(size);
  }
  return clusterer.probe;
}

/** Merges into the joined story every other fitting candidate whose centroid has converged with it. */
function mergeConverged(clusterer: Clusterer, joined: string, others: readonly Scored[]): string[] {
  const { options, vocabulary } = clusterer;
  const merged: string[] = [];
  for (const other of others) {
    if (other.score < options.joinThreshold) break;
    const a = clusterer.stories.get(resolveStory(clusterer, joined));
    const b = clusterer.stories.get(resolveStory(clusterer, other.story));
    if (a === undefined || b === undefined || a === b) continue;
    const fit = blendSimilarity(profileCosines(centroidOf(a, vocabulary), centroidOf(b, vocabulary)), options);
    if (fit < options.mergeThreshold) continue;
    const [into, from] = a.first <= b.first ? [a, b] : [b, a];
    mergeInto(into, from, vocabulary, options.centroidTerms);
    clusterer.stories.delete(from.id);
    clusterer.byKey[from.key] = undefined;
    clusterer.aliases.set(from.id, into.id);
    transferPostings(clusterer.postings, from.key, into.key);
    clusterer.freeKeys.push(from.key);
    merged.push(from.id);
  }
  return merged;
}

function mergedDiagnostic(from: string, into: string): Diagnostic {
  return info('cluster', { rule: 'merged-stories', message: `Story ${from} converged with story ${into} and was merged into it.`, data: { from, into } });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
