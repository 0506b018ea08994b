/**
 * Incremental ingest into a store: the library-level wiring of pipeline, grouping and store (like
 * story-context.ts, it does no analysis itself).
 *
 * On open, the dedup index and the clusterer are rebuilt by streaming the stored articles through
 * them in stored order; new articles then go through the same indexes, so the stories are those
 * `groupStories` would give over all articles in arrival order, at the cost of one pass over the
 * store plus the new articles. An article whose id is already stored is a no-op. Per batch, only
 * the stories whose membership changed are re-briefed; the batch's articles, assignments, briefs
 * and merged-away stories are written in one transaction, so a run killed mid-way leaves a
 * consistent store and a re-run completes it.
 *
 * A stored brief's `id` is its story's id (stable as the story grows; the one-shot brief id is a
 * hash of all its article ids, which would change with every new article).
 */
import { addToDedupIndex, createDedupIndex, type DedupIndex, type DedupVerdict } from './dedup/index.ts';
import { assignArticle, createClusterer, type Clusterer } from './cluster/index.ts';
import { readInputs, type IngestIO } from './ingest/index.ts';
import { isRejected } from './diagnostics.ts';
import { processArticle, type PipelineContext } from './pipeline.ts';
import { briefStory } from './story-context.ts';
import type { Nlp } from './nlp/index.ts';
import type { Options } from './options.ts';
import type { GroupingInput, Store, StoryAssignment } from './store/index.ts';
import type { AnnotatedArticle, Brief, Rejected, Story } from './types.ts';

export interface NewsroomContext {
  readonly nlp: Nlp;
  /** New articles written per transaction (default 64). */
  readonly batchSize?: number;
  /** Clock for the stories' `updatedAt` (tests pin it). */
  readonly now?: () => Date;
  /** Called after each committed batch with the running totals. */
  readonly onBatch?: (summary: IngestSummary) => void;
}

export interface IngestSummary {
  /** Articles added to the store. */
  readonly added: number;
  /** Articles skipped because the store (or this run) already had their id. */
  readonly known: number;
  /** Stories written (started or re-briefed) that still exist at the end. */
  readonly stories: readonly string[];
  /** Stored stories merged into another one and deleted. */
  readonly removed: readonly string[];
}

/** An input whose id the store already holds: not annotated again. */
export interface KnownArticle {
  readonly kind: 'known';
  readonly id: string;
  readonly path: string | null;
}

const DEFAULT_BATCH_SIZE = 64;

/** Dedup and cluster state over every article seen, with each story's members in arrival order. */
interface Grouping {
  readonly dedup: DedupIndex;
  readonly clusterer: Clusterer;
  readonly verdicts: Map<string, DedupVerdict>;
  readonly ordinal: Map<string, number>;
  readonly storyOf: Map<string, string>;
  readonly members: Map<string, string[]>;
}

/** What one batch changed: live stories to re-brief, stories merged away. */
interface Changes {
  readonly touched: Set<string>;
  readonly removed: Set<string>;
}

/** Adds annotated articles to the store; new ones join existing stories or start new ones. */
export async function ingestInto(
  store: Store,
  articles: AsyncIterable<AnnotatedArticle> | Iterable<AnnotatedArticle>,
  options: Options,
  context: NewsroomContext,
): Promise<IngestSummary> {
  const grouping = await rebuildGrouping(store, options);
  const batchSize = Math.max(1, context.batchSize ?? DEFAULT_BATCH_SIZE);
  const written = new Set<string>();
  const removed = new Set<string>();
  let added = 0;
  let known = 0;
  let batch: AnnotatedArticle[] = [];
  const flush = async (): Promise<void> => {
    const changes = await commitBatch({ store, grouping, batch, options, context });
    for (const id of changes.removed) {
      written.delete(id);
      removed.add(id);
    }
    for (const id of changes.touched) written.add(id);
    added += batch.length;
    batch = [];
    context.onBatch?.({ added, known, stories: [...written], removed: [...removed] });
  };
  for await (const article of articles) {
    if (grouping.storyOf.has(article.id) || batch.some((a) => a.id === article.id)) known += 1;
    else batch.push(article);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  return { added, known, stories: [...written], removed: [...removed] };
}

/**
 * Reads the inputs; yields each new article annotated, a `known` marker (not annotated) for an
 * input whose id the store already holds, or the rejection of an unreadable one.
 */
export async function* readNewArticles(
  store: Store,
  request: { readonly paths: readonly string[]; readonly options: Options; readonly io: IngestIO; readonly context: PipelineContext },
): AsyncGenerator<AnnotatedArticle | KnownArticle | Rejected> {
  for await (const raw of readInputs(request.paths, request.options.ingest, request.io)) {
    if (isRejected(raw)) yield raw;
    else if (await store.hasArticle(raw.id)) yield { kind: 'known', id: raw.id, path: raw.path };
    else yield processArticle(request.context, raw, request.options);
  }
}

async function rebuildGrouping(store: Store, options: Options): Promise<Grouping> {
  const grouping: Grouping = {
    dedup: createDedupIndex(options.dedup),
    clusterer: createClusterer(options.cluster),
    verdicts: new Map(),
    ordinal: new Map(),
    storyOf: new Map(),
    members: new Map(),
  };
  const ignored: Changes = { touched: new Set(), removed: new Set() };
  for await (const input of store.groupingInputs()) addToGrouping(grouping, input, ignored);
  return grouping;
}

/** Streams one article through dedup and cluster and follows its story (and any merge) in `members`. */
function addToGrouping(grouping: Grouping, article: GroupingInput, changes: Changes): void {
  const verdict = addToDedupIndex(grouping.dedup, article);
  const assignment = assignArticle(grouping.clusterer, { ...article, duplicateOf: verdict.duplicateOf });
  grouping.verdicts.set(article.id, verdict);
  grouping.ordinal.set(article.id, grouping.ordinal.size);
  const target = assignment.story;
  let members = grouping.members.get(target) ?? [];
  for (const from of assignment.merged) {
    const moved = grouping.members.get(from) ?? [];
    for (const id of moved) grouping.storyOf.set(id, target);
    members = mergeByArrival(members, moved, grouping.ordinal);
    grouping.members.delete(from);
    changes.touched.delete(from);
    changes.removed.add(from);
  }
  members.push(article.id);
  grouping.members.set(target, members);
  grouping.storyOf.set(article.id, target);
  changes.touched.add(target);
}

function mergeByArrival(a: readonly string[], b: readonly string[], ordinal: ReadonlyMap<string, number>): string[] {
  return [...a, ...b].sort((x, y) => ordinal.get(x)! - ordinal.get(y)!);
}

interface BatchRequest {
  readonly store: Store;
  readonly grouping: Grouping;
  readonly batch: readonly AnnotatedArticle[];
  readonly options: Options;
  readonly context: NewsroomContext;
}

/** Groups the batch, re-briefs the stories it changed and writes it all in one transaction. */
async function commitBatch(request: BatchRequest): Promise<Changes> {
  const { store, grouping, batch, options, context } = request;
  const changes: Changes = { touched: new Set(), removed: new Set() };
  for (const article of batch) addToGrouping(grouping, article, changes);
  const fresh = new Map(batch.map((a) => [a.id, a]));
  const briefs: Brief[] = [];
  const assignments: StoryAssignment[] = [];
  for (const storyId of changes.touched) {
    const ids = grouping.members.get(storyId) ?? [];
    const stored = new Map((await store.getArticles(ids.filter((id) => !fresh.has(id)))).map((a) => [a.id, a]));
    const articles = ids.map((id) => fresh.get(id) ?? stored.get(id)).filter((a): a is AnnotatedArticle => a !== undefined);
    const brief = briefStory(context.nlp, storyOf(storyId, articles, grouping.verdicts), options);
    briefs.push({ ...brief, id: storyId });
    for (const id of ids) assignments.push({ article: id, story: storyId });
  }
  const updatedAt = (context.now?.() ?? new Date()).toISOString();
  await store.putStories({ articles: batch, assignments, briefs, removed: [...changes.removed], updatedAt });
  return changes;
}

/** The Story value `groupStories` would build for these members. */
function storyOf(id: string, articles: readonly AnnotatedArticle[], verdicts: ReadonlyMap<string, DedupVerdict>): Story {
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
