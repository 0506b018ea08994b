/**
 * The inverted index from terms (interned word and `@entity` term ids) to stories. An article
 * looks up candidate stories through its heaviest terms only, reading at most `maxPostings` of
 * the most recently indexed stories per term: the cost per article is bounded, never all
 * stories. Each list keeps at most `limit` entries (the oldest beyond it could never be read),
 * and a story leaving the window is taken out of every list it is in, so the index holds live
 * stories only.
 */

export interface Postings<Term> {
  readonly byTerm: Map<Term, string[]>;
  /** Story id → terms it is already posted under. */
  readonly posted: Map<string, Set<Term>>;
  /** Most entries kept per term (the most recent). */
  readonly limit: number;
}

export function createPostings<Term>(limit = Number.POSITIVE_INFINITY): Postings<Term> {
  return { byTerm: new Map(), posted: new Map(), limit };
}

/** Posts a story under each term (once per term). */
export function postStory<Term>(postings: Postings<Term>, story: string, terms: Iterable<Term>): void {
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
export function unpostStory<Term>(postings: Postings<Term>, story: string): void {
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
export function transferPostings<Term>(postings: Postings<Term>, from: string, into: string): void {
  const terms = postings.posted.get(from);
  if (terms === undefined) return;
  unpostStory(postings, from);
  postStory(postings, into, terms);
}

export interface LookupRequest<Term> {
  /** Query term → its weight in the article. */
  readonly terms: ReadonlyMap<Term, number>;
  readonly maxPostings: number;
  readonly maxCandidates: number;
  /** Maps a posted story id to the live story (after merges), or null to skip it. */
  readonly resolve: (story: string) => string | null;
}

/** A live story's summed query weight in one lookup; `term` is the last query term that added to it. */
interface Tally {
  readonly story: string;
  score: number;
  term: number;
}

/**
 * Live stories sharing query terms, by summed query weight (ties: the id that sorts first).
 * Each posted id is resolved once per lookup, and each live story counts once per term.
 */
export function lookupStories<Term>(postings: Postings<Term>, request: LookupRequest<Term>): string[] {
  const byPosted = new Map<string, Tally | null>();
  const byLive = new Map<string, Tally>();
  let t = 0;
  for (const [term, weight] of request.terms) {
    t++;
    const list = postings.byTerm.get(term);
    if (list === undefined) continue;
    const stop = Math.max(0, list.length - request.maxPostings);
    for (let i = list.length - 1; i >= stop; i--) {
      let tally = byPosted.get(list[i]!);
      if (tally === undefined) tally = tallyOf(list[i]!, request.resolve, byPosted, byLive);
      if (tally === null || tally.term === t) continue;
      tally.term = t;
      tally.score += weight;
    }
  }
  return bestTallies(byLive.values(), request.maxCandidates);
}

function tallyOf(
  posted: string,
  resolve: (story: string) => string | null,
  byPosted: Map<string, Tally | null>,
  byLive: Map<string, Tally>,
): Tally | null {
  const story = resolve(posted);
  let tally: Tally | null = null;
  if (story !== null) {
    tally = byLive.get(story) ?? { story, score: 0, term: 0 };
    byLive.set(story, tally);
  }
  byPosted.set(posted, tally);
  return tally;
}

function ranksBefore(a: Tally, b: Tally): boolean {
  return a.score > b.score || (a.score === b.score && a.story < b.story);
}

/** The `limit` best tallies' stories, best first (a bounded insertion: no sort of every tally). */
function bestTallies(tallies: Iterable<Tally>, limit: number): string[] {
  const best: Tally[] = [];
  if (limit <= 0) return [];
  for (const tally of tallies) {
    if (best.length === limit && !ranksBefore(tally, best[best.length - 1]!)) continue;
    let at = best.length === limit ? limit - 1 : best.length;
    while (at > 0 && ranksBefore(tally, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = tally;
  }
  const out: string[] = [];
  for (const tally of best) out.push(tally.story);
  return out;
}
