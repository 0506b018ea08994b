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

/** Live stories sharing query terms, by summed query weight (ties: first posted). */
export function lookupStories<Term>(postings: Postings<Term>, request: LookupRequest<Term>): string[] {
  const scores = new Map<string, number>();
  const seen = new Set<string>();
  for (const [term, weight] of request.terms) {
    const list = postings.byTerm.get(term);
    if (list === undefined) continue;
    const stop = Math.max(0, list.length - request.maxPostings);
    seen.clear();
    for (let i = list.length - 1; i >= stop; i--) {
      const story = request.resolve(list[i]!);
      if (story === null || seen.has(story)) continue;
      seen.add(story);
      scores.set(story, (scores.get(story) ?? 0) + weight);
    }
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, request.maxCandidates)
    .map(([story]) => story);
}
