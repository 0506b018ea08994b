/**
 * Incremental ingest into a store: the library-level wiring of pipeline, grouping and store (like
 * story-context.ts, it does no analysis itself).
 *
 * The store's stories are always those `groupStories` gives over all its articles in stored order
 * (the cluster stage refines its streamed stories over the whole batch, so a new article may move
 * older ones). Per batch of new articles: dedup and cluster run over the grouping fields of every
 * stored article plus the batch (kept in memory; the articles themselves stay in the store); the
 * stories whose membership changed are re-briefed, and the batch's articles, the changed
 * assignments, those briefs and the stories that disappeared are written in one transaction. A
 * run killed mid-way leaves the last committed batch; a re-run skips the stored ids and completes.
 * A batch computed while another writer added articles is refused (`StoreConflictError`), never
 * written over their work.
 *
 * Batches grow with the store (at least `batchSize`, else half the stored count), so the
 * regrouping passes over a run sum to a small multiple of its size.
 *
 * Workers (src/queue) split this in two: each worker adds its annotated articles without a story
 * (`putArticles`), and one story assigner at a time calls `assignPending`, which regroups the
 * stored articles the same way and writes the assignments of those not yet in a story. Its write
 * names how many articles were in stories when it read the store and is refused if that changed
 * (another assigner got in), so a stale assigner never overwrites a newer one's stories.
 *
 * A stored brief's `id` is its story's id (stable as the story grows; the one-shot brief id is a
 * hash of all its article ids, which would change with every new article).
 */
import { findDuplicates, type DedupVerdict } from './dedup/index.ts';
import { clusterArticles } from './cluster/index.ts';
import { readInputs, type IngestIO } from './ingest/index.ts';
import { isRejected } from './diagnostics.ts';
import { processArticle, type PipelineContext } from './pipeline.ts';
import { briefStory, storyOf } from './story-context.ts';
import type { Nlp } from './nlp/index.ts';
import type { Options } from './options.ts';
import type { GroupingInput, Store, StoryAssignment, StoryWrite } from './store/index.ts';
import type { AnnotatedArticle, Brief, Rejected } from './types.ts';

export interface NewsroomContext {
  readonly nlp: Nlp;
  /** Smallest number of new articles per transaction (default 64); batches grow to half the store. */
  readonly batchSize?: number;
  /** Clock for the stories' `updatedAt` (tests pin it). */
  readonly now?: () => Date;
  /** Called after each committed batch with the running totals. */
  readonly onBatch?: (summary: IngestSummary) => void;
  /**
   * Briefs the changed stories of an `assignPending` round, one brief per request in order
   * (default: `briefStoredStory` here, one after another). Workers spread them over processes.
   */
  readonly briefStories?: (requests: readonly StoryBriefRequest[]) => Promise<readonly Brief[]>;
  /** Abandons an `assignPending` or `regroupStored` round (nothing written) once aborted. */
  readonly signal?: AbortSignal;
}

/** A story to (re-)brief from stored articles: its id, its members in story order, their dedup verdicts. */
export interface StoryBriefRequest {
  readonly id: string;
  readonly articles: readonly string[];
  readonly verdicts: Readonly<Record<string, DedupVerdict>>;
}

export interface IngestSummary {
  /** Articles added to the store. */
  readonly added: number;
  /** Articles skipped because the store (or this run) already had their id. */
  readonly known: number;
  /** Stories written (started or re-briefed) that still exist at the end. */
  readonly stories: readonly string[];
  /** Stories that disappeared (merged into or split among others) and were deleted. */
  readonly removed: readonly string[];
}

/** What one `assignPending` call did. */
export interface AssignSummary {
  /** Stored articles that were not in a story and now are. */
  readonly assigned: number;
  /** Stories written (started or re-briefed). */
  readonly stories: readonly string[];
  /** Stories that disappeared (merged into or split among others) and were deleted. */
  readonly removed: readonly string[];
}

/** An input whose id the store already holds: not annotated again. */
export interface KnownArticle {
  readonly kind: 'known';
  readonly id: string;
  readonly path: string | null;
}

const DEFAULT_BATCH_SIZE = 64;
const BATCH_GROWTH = 0.5;

/** What the store holds, mirrored: every article's grouping fields (stored order) and its story. */
interface Ledger {
  readonly inputs: GroupingInput[];
  readonly storyOf: Map<string, string | null>;
}

/** What one batch changed. */
interface Changes {
  readonly touched: readonly string[];
  readonly removed: readonly string[];
}

/** Adds annotated articles to the store; new ones join existing stories or start new ones. */
export async function ingestInto(
  store: Store,
  articles: AsyncIterable<AnnotatedArticle> | Iterable<AnnotatedArticle>,
  options: Options,
  context: NewsroomContext,
): Promise<IngestSummary> {
  const ledger = await readLedger(store);
  const minimum = Math.max(1, context.batchSize ?? DEFAULT_BATCH_SIZE);
  const written = new Set<string>();
  const removed = new Set<string>();
  let added = 0;
  let known = 0;
  let batch = new Map<string, AnnotatedArticle>();
  const flush = async (): Promise<void> => {
    const guard = { storedArticles: ledger.inputs.length };
    const fresh = [...batch.values()];
    const brief = (requests: readonly StoryBriefRequest[]) => briefHere(store, requests, { fresh, options, nlp: context.nlp });
    const changes = await commitBatch({ store, ledger, batch: fresh, options, context, guard, brief });
    for (const id of changes.removed) {
      written.delete(id);
      removed.add(id);
    }
    for (const id of changes.touched) {
      written.add(id);
      removed.delete(id);
    }
    added += batch.size;
    batch = new Map();
    context.onBatch?.({ added, known, stories: [...written], removed: [...removed] });
  };
  for await (const article of articles) {
    if (ledger.storyOf.has(article.id) || batch.has(article.id)) known += 1;
    else batch.set(article.id, article);
    if (batch.size >= Math.max(minimum, Math.ceil(ledger.inputs.length * BATCH_GROWTH))) await flush();
  }
  if (batch.size > 0) await flush();
  return { added, known, stories: [...written], removed: [...removed] };
}

/**
 * Puts the stored articles that are not in a story yet (added by `putArticles`) into stories: the
 * stored articles are regrouped as `ingestInto` regroups them, the stories whose membership changed
 * are re-briefed, and the assignments are written in one transaction. Articles added while it runs
 * wait for the next call. Throws `StoreConflictError` (nothing written) when another assigner wrote
 * stories meanwhile; calling again is safe.
 */
export async function assignPending(store: Store, options: Options, context: NewsroomContext): Promise<AssignSummary> {
  return regroup(store, options, context, false);
}

/**
 * Regroups every stored article as `assignPending` does, even when all are in stories already (the
 * story assigner's full round, after quick rounds placed new articles by streaming only).
 */
export async function regroupStored(store: Store, options: Options, context: NewsroomContext): Promise<AssignSummary> {
  return regroup(store, options, context, true);
}

async function regroup(store: Store, options: Options, context: NewsroomContext, always: boolean): Promise<AssignSummary> {
  const ledger = await readLedger(store);
  let unassigned = 0;
  for (const story of ledger.storyOf.values()) if (story == null) unassigned += 1;
  if (unassigned === 0 && !always) return { assigned: 0, stories: [], removed: [] };
  const guard = { assignedArticles: ledger.inputs.length - unassigned };
  const brief = context.briefStories ?? ((requests: readonly StoryBriefRequest[]) => briefHere(store, requests, { fresh: [], options, nlp: context.nlp }));
  const changes = await commitBatch({ store, ledger, batch: [], options, context, guard, brief });
  return { assigned: unassigned, stories: changes.touched, removed: changes.removed };
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

async function readLedger(store: Store): Promise<Ledger> {
  const ledger: Ledger = { inputs: [], storyOf: new Map() };
  for await (const { story, ...input } of store.groupingInputs()) {
    ledger.inputs.push(input);
    ledger.storyOf.set(input.id, story);
  }
  return ledger;
}

/** Only the fields grouping reads, so the ledger stays small. */
function groupingInput(a: AnnotatedArticle): GroupingInput {
  return { id: a.id, title: a.title, text: a.text, publishedAt: a.publishedAt, entities: a.entities, dates: a.dates, source: a.source, wire: a.wire };
}

interface Grouped {
  readonly stories: readonly { readonly id: string; readonly articles: readonly string[] }[];
  readonly verdicts: ReadonlyMap<string, DedupVerdict>;
}

/** The grouping `groupStories` does (near-duplicates, then stories), over grouping fields only. */
function groupInputs(inputs: readonly GroupingInput[], options: Options): Grouped {
  const verdicts = findDuplicates(inputs, options.dedup);
  const clustered = clusterArticles(
    inputs.map((a) => ({ ...a, duplicateOf: verdicts.get(a.id)?.duplicateOf ?? null })),
    options.cluster,
  );
  return { stories: clustered.stories, verdicts };
}

interface BatchRequest {
  readonly store: Store;
  readonly ledger: Ledger;
  readonly batch: readonly AnnotatedArticle[];
  readonly options: Options;
  readonly context: NewsroomContext;
  /** The state the write was computed from; the store refuses it if another writer changed that. */
  readonly guard: Pick<StoryWrite, 'storedArticles' | 'assignedArticles'>;
  readonly brief: (requests: readonly StoryBriefRequest[]) => Promise<readonly Brief[]>;
}

/** Regroups with the batch, re-briefs the stories whose membership changed, writes it all in one transaction. */
async function commitBatch(request: BatchRequest): Promise<Changes> {
  const { store, ledger, batch, options, context, guard } = request;
  const inputs = [...ledger.inputs, ...batch.map(groupingInput)];
  const grouped = groupInputs(inputs, options);
  context.signal?.throwIfAborted();
  const before = membersByStory(ledger);
  const changed = grouped.stories.filter((s) => !sameMembers(before.get(s.id), s.articles));
  const live = new Set(grouped.stories.map((s) => s.id));
  const removed = [...before.keys()].filter((id) => !live.has(id));
  const requests = changed.map(({ id, articles: ids }) => ({ id, articles: ids, verdicts: verdictsOf(ids, grouped.verdicts) }));
  const briefs = await request.brief(requests);
  context.signal?.throwIfAborted();
  const assignments: StoryAssignment[] = [];
  for (const { id, articles: ids } of changed) {
    for (const article of ids) if (ledger.storyOf.get(article) !== id) assignments.push({ article, story: id });
  }
  const updatedAt = (context.now?.() ?? new Date()).toISOString();
  await store.putStories({ articles: batch, assignments, briefs, removed, updatedAt, ...guard });
  for (const input of inputs.slice(ledger.inputs.length)) ledger.inputs.push(input);
  for (const { article, story } of assignments) ledger.storyOf.set(article, story);
  return { touched: changed.map((s) => s.id), removed };
}

/** Briefs each request from the batch's fresh articles and the stored ones, one after another. */
async function briefHere(
  store: Store,
  requests: readonly StoryBriefRequest[],
  run: { readonly fresh: readonly AnnotatedArticle[]; readonly options: Options; readonly nlp: Nlp },
): Promise<Brief[]> {
  const fresh = new Map(run.fresh.map((a) => [a.id, a]));
  const briefs: Brief[] = [];
  for (const request of requests) {
    const stored = new Map((await store.getArticles(request.articles.filter((a) => !fresh.has(a)))).map((a) => [a.id, a]));
    const members = request.articles.map((a) => fresh.get(a) ?? stored.get(a)).filter((a): a is AnnotatedArticle => a !== undefined);
    briefs.push(briefMembers(request, members, run));
  }
  return briefs;
}

/** The brief of one story whose members are all stored (what a worker computes for the story assigner). */
export async function briefStoredStory(store: Store, request: StoryBriefRequest, run: { readonly options: Options; readonly nlp: Nlp }): Promise<Brief> {
  return (await briefHere(store, [request], { fresh: [], ...run }))[0]!;
}

function briefMembers(request: StoryBriefRequest, members: readonly AnnotatedArticle[], run: { readonly options: Options; readonly nlp: Nlp }): Brief {
  const verdicts = new Map(Object.entries(request.verdicts));
  return { ...briefStory(run.nlp, storyOf(request.id, members, verdicts), run.options), id: request.id };
}

/** The dedup verdicts of these articles, as a brief request carries them. */
export function verdictsOf(ids: readonly string[], verdicts: ReadonlyMap<string, DedupVerdict>): Record<string, DedupVerdict> {
  const subset: Record<string, DedupVerdict> = {};
  for (const id of ids) {
    const verdict = verdicts.get(id);
    if (verdict !== undefined) subset[id] = verdict;
  }
  return subset;
}

/** Stored story → its article ids in stored order (articles not yet in a story are left out). */
function membersByStory(ledger: Ledger): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const { id } of ledger.inputs) {
    const story = ledger.storyOf.get(id);
    if (story == null) continue;
    const list = members.get(story);
    if (list === undefined) members.set(story, [id]);
    else list.push(id);
  }
  return members;
}

function sameMembers(before: readonly string[] | undefined, after: readonly string[]): boolean {
  return before !== undefined && before.length === after.length && before.every((id, i) => id === after[i]);
}
