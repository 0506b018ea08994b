/**
 * The inverted index from terms (words and `@entity` terms) to stories. An article looks up
 * candidate stories through its heaviest terms only, reading at most `maxPostings` of the most
 * recently indexed stories per term: the cost per article is bounded, never all stories.
 */

export interface Postings {
  readonly byTerm: Map<string, string[]>;
  /** Story id → terms it is already posted under. */
  readonly posted: Map<string, Set<string>>;
}

export function createPostings(): Postings {
  return { byTerm: new Map(), posted: new Map() };
}

/** Posts a story under each term (once per term). */
export function postStory(postings: Postings, story: string, terms: Iterable<string>): void {
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
    else list.push(story);
  }
}

export interface LookupRequest {
  /** Query term → its weight in the article. */
  readonly terms: ReadonlyMap<string, number>;
  readonly maxPostings: number;
  readonly maxCandidates: number;
  /** Maps a posted story id to the live story (after merges), or null to skip it. */
  readonly resolve: (story: string) => string | null;
}

/** Live stories sharing query terms, by summed query weight (ties: first posted). */
export function lookupStories(postings: Postings, request: LookupRequest): string[] {
  const scores = new Map<string, number>();
  for (const [term, weight] of request.terms) {
    const list = postings.byTerm.get(term);
    if (list === undefined) continue;
    const stop = Math.max(0, list.length - request.maxPostings);
    const seen = new Set<string>();
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
