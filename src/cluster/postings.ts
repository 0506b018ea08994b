/**
 * The inverted index from terms (interned word and `@entity` term ids) to stories (their
 * numeric keys). An article looks up candidate stories through its heaviest terms only,
 * reading at most `maxPostings` of the most recently indexed stories per term, and fewer for
 * a lighter term (in proportion to its weight against the query's heaviest): the cost per
 * article is bounded, never all stories. A story reached only through a light, common term
 * (its list full of recent stories) could not outrank those that heavy terms bring, so
 * reading deep into such lists only tallies stories that are never scored. Each list keeps at most `limit` entries (the oldest
 * beyond it could never be read), and a story leaving the window or merged away is taken out
 * of every list it is in, so the index holds live stories only, each at most once per term.
 *
 * A lookup tallies into one scratch array indexed by story key (a lookup stamp and a summed
 * weight side by side: one cache line per story; stamped, never cleared), so reading a
 * posting costs an array access, not a map entry or an object.
 */

export interface Postings {
  /** Term id → story keys, oldest first (an array: term ids are dense). */
  readonly byTerm: (number[] | undefined)[];
  /** Story key → the term ids it is posted under. */
  readonly posted: Map<number, Set<number>>;
  /** Most entries kept per term (the most recent). */
  readonly limit: number;
  /** Scratch of `lookupStories`: at 2 × key the stamp of the lookup that last touched the story, at 2 × key + 1 its summed query weight. */
  tallies: Float64Array;
  /** Scratch of `lookupStories`: the tally positions one lookup touched, in order (grown by doubling). */
  touched: Int32Array;
  /** Scratch of `lookupStories`: the query terms' lists, and where reading each stops. */
  readonly lists: (number[] | undefined)[];
  stops: Int32Array;
  lookups: number;
}

export function createPostings(limit = Number.POSITIVE_INFINITY): Postings {
  return { byTerm: [], posted: new Map(), limit, tallies: new Float64Array(2048), touched: new Int32Array(1024), lists: [], stops: new Int32Array(64), lookups: 0 };
}

/** Posts a story under each term (once per term). */
export function postStory(postings: Postings, story: number, terms: Iterable<number>): void {
  if (2 * story >= postings.tallies.length) growScratch(postings, 2 * story + 2);
  let done = postings.posted.get(story);
  if (done === undefined) {
    done = new Set();
    postings.posted.set(story, done);
  }
  for (const term of terms) {
    if (done.has(term)) continue;
    done.add(term);
    const list = postings.byTerm[term];
    if (list === undefined) postings.byTerm[term] = [story];
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
    const list = postings.byTerm[term];
    if (list === undefined) continue;
    const at = list.lastIndexOf(story);
    if (at < 0) continue;
    if (list.length === 1) postings.byTerm[term] = undefined;
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
  /**
   * Story key → a number ordered as the story names are (read before `nameOf`, which decides only
   * between equal ranks): a dense window ties often, and every name read is a story object and a
   * string away.
   */
  readonly nameRanks?: Float64Array;
}

/** Accepted stories sharing query terms, by summed query weight (ties: the name that sorts first). */
export function lookupStories(postings: Postings, request: LookupRequest): number[] {
  const stamp = nextStamp(postings);
  const { tallies } = postings;
  let { touched } = postings;
  let count = 0;
  const { terms, weights } = request.query;
  let heaviest = 0;
  for (const weight of weights) heaviest = Math.max(heaviest, weight);
  // The lists are fetched, and their lengths read, in loops of independent loads that the
  // processor overlaps; read one after another, each list waited on its own cache misses.
  const { lists } = postings;
  for (let t = 0; t < terms.length; t++) lists[t] = postings.byTerm[terms[t]!];
  const stops = scratchStops(postings, terms.length);
  for (let t = 0; t < terms.length; t++) {
    const list = lists[t];
    stops[t] = list === undefined ? 0 : Math.max(0, list.length - Math.ceil((request.maxPostings * weights[t]!) / heaviest));
  }
  for (let t = 0; t < terms.length; t++) {
    const list = lists[t];
    if (list === undefined) continue;
    const weight = weights[t]!;
    const stop = stops[t]!;
    for (let i = list.length - 1; i >= stop; i--) {
      const at = 2 * list[i]!;
      if (tallies[at] === stamp) tallies[at + 1] = tallies[at + 1]! + weight;
      else {
        tallies[at] = stamp;
        tallies[at + 1] = weight;
        if (count === touched.length) touched = growTouched(postings);
        touched[count++] = at;
      }
    }
  }
  lists.length = 0;
  return bestStories(touched.subarray(0, count), tallies, request);
}

function scratchStops(postings: Postings, needed: number): Int32Array {
  if (postings.stops.length < needed) postings.stops = new Int32Array(needed * 2);
  return postings.stops;
}

/** A fresh stamp for a lookup (the scratch already covers every posted story key). */
function nextStamp(postings: Postings): number {
  return ++postings.lookups;
}

function growTouched(postings: Postings): Int32Array {
  const touched = new Int32Array(postings.touched.length * 2);
  touched.set(postings.touched);
  postings.touched = touched;
  return touched;
}

function growScratch(postings: Postings, needed: number): void {
  let size = postings.tallies.length;
  while (size < needed) size *= 2;
  const tallies = new Float64Array(size);
  tallies.set(postings.tallies);
  postings.tallies = tallies;
}

/**
 * The `maxCandidates` best accepted stories, best first (a bounded insertion: no sort of every
 * tally). `touched` holds scratch positions (2 × story key).
 */
function bestStories(touched: Int32Array, tallies: Float64Array, request: LookupRequest): number[] {
  const limit = request.maxCandidates;
  const best: number[] = [];
  if (limit <= 0) return best;
  const { nameRanks } = request;
  const before = (a: number, b: number): boolean => {
    const x = tallies[a + 1]!;
    const y = tallies[b + 1]!;
    if (x !== y) return x > y;
    if (nameRanks !== undefined) {
      const rankA = nameRanks[a / 2]!;
      const rankB = nameRanks[b / 2]!;
      if (rankA !== rankB) return rankA < rankB;
    }
    return request.nameOf(a / 2) < request.nameOf(b / 2);
  };
  for (const at of touched) {
    if (best.length === limit && !before(at, best[limit - 1]!)) continue;
    if (!request.accept(at / 2)) continue;
    let slot = best.length === limit ? limit - 1 : best.length;
    while (slot > 0 && before(at, best[slot - 1]!)) {
      best[slot] = best[slot - 1]!;
      slot--;
    }
    best[slot] = at;
  }
  return best.map((at) => at / 2);
}
