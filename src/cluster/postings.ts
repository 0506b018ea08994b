/**
 * The inverted index from terms (interned word and `@entity` term ids) to stories (their
 * numeric keys). An article looks up candidate stories through its heaviest terms only,
 * reading at most `maxPostings` of the most recently indexed stories per term: the cost per
 * article is bounded, never all stories. Each list keeps at most `limit` entries (the oldest
 * beyond it could never be read), and a story leaving the window or merged away is taken out
 * of every list it is in, so the index holds live stories only, each at most once per term.
 *
 * A lookup tallies into scratch arrays indexed by story key (stamped per lookup, never
 * cleared), so reading a posting costs an array access, not a map entry or an object.
 */

export interface Postings {
  /** Term id → story keys, oldest first. */
  readonly byTerm: Map<number, number[]>;
  /** Story key → the term ids it is posted under. */
  readonly posted: Map<number, Set<number>>;
  /** Most entries kept per term (the most recent). */
  readonly limit: number;
  /** Scratch of `lookupStories`: summed query weight and lookup stamp per story key. */
  scores: Float64Array;
  stamps: Uint32Array;
  lookups: number;
}

export function createPostings(limit = Number.POSITIVE_INFINITY): Postings {
  return { byTerm: new Map(), posted: new Map(), limit, scores: new Float64Array(1024), stamps: new Uint32Array(1024), lookups: 0 };
}

/** Posts a story under each term (once per term). */
export function postStory(postings: Postings, story: number, terms: Iterable<number>): void {
  if (story >= postings.scores.length) growScratch(postings, story + 1);
  let done = postings.posted.get(story);
  if (done === undefined) {
    done = new Set();
    postings.posted.set(story, done);
  }
  for (const term of terms) {
    if (done.has(term)) continue;
    done.add(term);
    const list = postings.byTerm.get(term);
    if (list === undefined) postings.byTerm.set(term, [story]);
    else {
      list.push(story);
      if (list.length > postings.limit) list.shift();
    }
  }
}

/** Takes a story out of every list it is posted in (it left the window, or merged away). */
export function unpostStory(postings: Postings, story: number): void {
  const terms = postings.posted.get(story);
  if (terms === undefined) return;
  postings.posted.delete(story);
  for (const term of terms) {
    const list = postings.byTerm.get(term);
    if (list === undefined) continue;
    const at = list.lastIndexOf(story);
    if (at < 0) continue;
    if (list.length === 1) postings.byTerm.delete(term);
    else list.splice(at, 1);
  }
}

/** Moves a merged-away story's terms to the story it merged into (posted as its most recent entries). */
export function transferPostings(postings: Postings, from: number, into: number): void {
  const terms = postings.posted.get(from);
  if (terms === undefined) return;
  unpostStory(postings, from);
  postStory(postings, into, terms);
}

/** An article's query: term ids and their weights, in query order (heaviest words first, then entities). */
export interface Query {
  readonly terms: readonly number[];
  readonly weights: readonly number[];
}

export interface LookupRequest {
  readonly query: Query;
  readonly maxPostings: number;
  readonly maxCandidates: number;
  /** False for a story that may not be a candidate (out of the window). */
  readonly accept: (story: number) => boolean;
  /** Breaks ties of summed weight: the story whose name sorts first wins. */
  readonly nameOf: (story: number) => string;
}

/** Accepted stories sharing query terms, by summed query weight (ties: the name that sorts first). */
export function lookupStories(postings: Postings, request: LookupRequest): number[] {
  const stamp = nextStamp(postings);
  const { scores, stamps } = postings;
  const touched: number[] = [];
  const { terms, weights } = request.query;
  for (let t = 0; t < terms.length; t++) {
    const list = postings.byTerm.get(terms[t]!);
    if (list === undefined) continue;
    const weight = weights[t]!;
    const stop = Math.max(0, list.length - request.maxPostings);
    for (let i = list.length - 1; i >= stop; i--) {
      const story = list[i]!;
      if (stamps[story] === stamp) scores[story] = scores[story]! + weight;
      else {
        stamps[story] = stamp;
        scores[story] = weight;
        touched.push(story);
      }
    }
  }
  return bestStories(touched, scores, request);
}

/** A fresh stamp for a lookup (the scratch arrays already cover every posted story key). */
function nextStamp(postings: Postings): number {
  if (postings.lookups === 0xffffffff) {
    postings.stamps.fill(0);
    postings.lookups = 0;
  }
  return ++postings.lookups;
}

function growScratch(postings: Postings, needed: number): void {
  let size = postings.scores.length;
  while (size < needed) size *= 2;
  const stamps = new Uint32Array(size);
  stamps.set(postings.stamps);
  postings.scores = new Float64Array(size);
  postings.stamps = stamps;
}

/** The `maxCandidates` best accepted stories, best first (a bounded insertion: no sort of every tally). */
function bestStories(touched: readonly number[], scores: Float64Array, request: LookupRequest): number[] {
  const limit = request.maxCandidates;
  const best: number[] = [];
  if (limit <= 0) return best;
  const before = (a: number, b: number): boolean =>
    scores[a]! > scores[b]! || (scores[a] === scores[b] && request.nameOf(a) < request.nameOf(b));
  for (const story of touched) {
    if (best.length === limit && !before(story, best[limit - 1]!)) continue;
    if (!request.accept(story)) continue;
    let at = best.length === limit ? limit - 1 : best.length;
    while (at > 0 && before(story, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = story;
  }
  return best;
}
