/**
 * Quick story rounds for the assigner: new articles join the stored stories in O(new), without
 * regrouping every stored article (`assignPending`, whose cost grows with the whole store and runs
 * serially in one process).
 *
 * The assigner keeps, between rounds, the streaming indexes of the dedup and cluster stages over the
 * stored articles (in stored order). A new article is checked for duplicates and placed by the
 * streaming clusterer through its index (`addToDedupIndex`, `assignArticle`); it then joins the
 * stored story that most of its streaming story's earlier members are in, or starts a story of its
 * own (named as the streaming clusterer names it: by its first article). Stored articles never move
 * in a quick round, so two stored stories the streaming clusterer merges stay apart until the next
 * full regroup, which refines everything (assigner.ts decides when).
 *
 * The indexes mirror the store only while this assigner is its only writer: each round checks the
 * stored assignments against its own and rebuilds the indexes (streaming every assigned article,
 * O(stored), no refinement) when they differ, e.g. after a full regroup or another assigner's round.
 * The write carries the assigned count it was computed from, so a stale one is refused.
 */
import { addToDedupIndex, createDedupIndex, type DedupIndex, type DedupVerdict } from '../dedup/index.ts';
import { assignArticle, createClusterer, type Clusterer } from '../cluster/index.ts';
import { briefStoredStory, verdictsOf, type AssignSummary, type NewsroomContext, type StoryBriefRequest } from '../newsroom.ts';
import type { Options } from '../options.ts';
import type { GroupingInput, Store, StoredGrouping, StoryAssignment } from '../store/index.ts';

/** The assigner's streaming view of the stored stories; opaque outside this file. */
export interface StoryIndex {
  readonly dedup: DedupIndex;
  readonly clusterer: Clusterer;
  /** Every placed article → the stored story it is in. */
  readonly storyOf: Map<string, string>;
  readonly verdicts: Map<string, DedupVerdict>;
  /** Streaming story → how many of its members are in each stored story (merged stories folded in). */
  readonly tally: Map<string, Map<string, number>>;
}

/** A quick round's result; `index` is what the next round starts from. */
export interface QuickRound {
  readonly summary: AssignSummary;
  readonly index: StoryIndex;
  /** True when the index had to be rebuilt from the store first (its cost is in the round). */
  readonly rebuilt: boolean;
}

/**
 * Puts the stored articles that are not in a story yet into stories, in O(new) given an index in
 * step with the store (else it is rebuilt first). Throws `StoreConflictError` (nothing written)
 * when another assigner wrote meanwhile; the caller then drops the index.
 */
export async function assignQuickly(store: Store, options: Options, context: NewsroomContext, previous: StoryIndex | null): Promise<QuickRound> {
  const ledger: StoredGrouping[] = [];
  for await (const row of store.groupingInputs()) ledger.push(row);
  const assigned = ledger.filter((row) => row.story !== null);
  const inStep = previous !== null && previous.storyOf.size === assigned.length && assigned.every((row) => previous.storyOf.get(row.id) === row.story);
  const index = inStep ? previous : rebuildIndex(assigned, options);
  const fresh = ledger.filter((row) => row.story === null);
  if (fresh.length === 0) return { summary: { assigned: 0, stories: [], removed: [] }, index, rebuilt: !inStep };
  const placed = new Map<string, string>();
  for (const input of fresh) {
    const stream = placeArticle(index, input);
    const story = storedStoryFor(index, stream);
    count(index, stream, story);
    placed.set(input.id, story);
  }
  const changed = membersOfChanged(ledger, placed);
  const requests: StoryBriefRequest[] = [...changed].map(([id, articles]) => ({ id, articles, verdicts: verdictsOf(articles, index.verdicts) }));
  const brief = context.briefStories ?? (async (all: readonly StoryBriefRequest[]) => {
    const briefs = [];
    for (const request of all) briefs.push(await briefStoredStory(store, request, { options, nlp: context.nlp }));
    return briefs;
  });
  const briefs = await brief(requests);
  const assignments: StoryAssignment[] = [...placed].map(([article, story]) => ({ article, story }));
  const updatedAt = (context.now?.() ?? new Date()).toISOString();
  await store.putStories({ articles: [], assignments, briefs, removed: [], updatedAt, assignedArticles: assigned.length });
  for (const [article, story] of placed) index.storyOf.set(article, story);
  return { summary: { assigned: fresh.length, stories: [...changed.keys()], removed: [] }, index, rebuilt: !inStep };
}

/** Streams every assigned article, in stored order, through fresh indexes. */
function rebuildIndex(assigned: readonly StoredGrouping[], options: Options): StoryIndex {
  const index: StoryIndex = {
    dedup: createDedupIndex(options.dedup),
    clusterer: createClusterer(options.cluster),
    storyOf: new Map(),
    verdicts: new Map(),
    tally: new Map(),
  };
  for (const row of assigned) {
    const stream = placeArticle(index, row);
    count(index, stream, row.story!);
    index.storyOf.set(row.id, row.story!);
  }
  return index;
}

/** Dedup verdict and streaming story of one article; returns the streaming story. */
function placeArticle(index: StoryIndex, input: GroupingInput): string {
  const verdict = index.verdicts.get(input.id) ?? addToDedupIndex(index.dedup, input);
  index.verdicts.set(input.id, verdict);
  const placed = assignArticle(index.clusterer, { ...input, duplicateOf: verdict.duplicateOf });
  for (const from of placed.merged) foldTally(index, from, placed.story);
  return placed.story;
}

/** The stored story most of this streaming story's members are in (ties: the smaller id), else a new one. */
function storedStoryFor(index: StoryIndex, stream: string): string {
  let best: string | null = null;
  let most = 0;
  for (const [story, members] of index.tally.get(stream) ?? []) {
    if (members > most || (members === most && best !== null && story < best)) {
      best = story;
      most = members;
    }
  }
  // A streaming story none of whose members is stored yet was started by a new article and is
  // named after it, so no stored story has that name.
  return best ?? stream;
}

function count(index: StoryIndex, stream: string, story: string): void {
  let stories = index.tally.get(stream);
  if (stories === undefined) index.tally.set(stream, (stories = new Map()));
  stories.set(story, (stories.get(story) ?? 0) + 1);
}

function foldTally(index: StoryIndex, from: string, into: string): void {
  const moved = index.tally.get(from);
  if (moved === undefined || from === into) return;
  index.tally.delete(from);
  let stories = index.tally.get(into);
  if (stories === undefined) index.tally.set(into, (stories = new Map()));
  for (const [story, members] of moved) stories.set(story, (stories.get(story) ?? 0) + members);
}

/** Each story that gained articles → all its members in stored order. */
function membersOfChanged(ledger: readonly StoredGrouping[], placed: ReadonlyMap<string, string>): Map<string, string[]> {
  const changed = new Map<string, string[]>();
  for (const story of placed.values()) if (!changed.has(story)) changed.set(story, []);
  for (const row of ledger) {
    const story = row.story ?? placed.get(row.id);
    if (story !== undefined) changed.get(story)?.push(row.id);
  }
  return changed;
}

