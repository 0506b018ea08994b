/**
 * Aligns the utterance segments of a story's quotes: each segment, longest first, joins the group
 * whose representative (its first, longest member) it matches best, or starts a group. Matching is
 * against the representative only, so no group grows by chaining through a member. Candidates come
 * from an index of content stems (stem → groups whose representative has it), so the cost grows with
 * the number of shared words, not with the number of groups.
 */
import type { QuoteSpeaker } from '../types.ts';
import type { QuotesOptions } from './options.ts';
import type { Segment } from './segments.ts';

export type AlignRule = Pick<QuotesOptions, 'minSegmentOverlap' | 'minSharedContentWords' | 'maxFragmentWords'>;

const surnameOf = (name: string): string => name.toLowerCase().split(/\s+/).pop() ?? '';

/** Name → surname, for one alignment: its speakers are few and compared again and again. */
type Surnames = Map<string, string>;

function surname(s: QuoteSpeaker, memo: Surnames | undefined): string {
  if (memo === undefined) return surnameOf(s.name);
  let found = memo.get(s.name);
  if (found === undefined) {
    found = surnameOf(s.name);
    memo.set(s.name, found);
  }
  return found;
}

/** Two speakers that may be one person: either unknown, the same entity, or the same surname. */
export function sameSpeaker(a: QuoteSpeaker | null, b: QuoteSpeaker | null, surnames?: Surnames): boolean {
  if (a === null || b === null) return true;
  if (a.entity !== null && a.entity === b.entity) return true;
  return surname(a, surnames) === surname(b, surnames);
}

/** A short partial quote (`“a dynamic leader”`): it never matches a sentence by shared words alone. */
export const isFragment = (s: Segment, rule: AlignRule): boolean => s.kind === 'partial' && s.words.length <= rule.maxFragmentWords;

/** True when the words of `inner` stand in `outer` in the same order, one after another. */
export function containsVerbatim(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    let k = 0;
    while (k < inner.length && outer[i + k] === inner[k]) k++;
    if (k === inner.length) return true;
  }
  return false;
}

function sharedContent(a: Segment, b: Segment): number {
  const [small, large] = a.content.size <= b.content.size ? [a.content, b.content] : [b.content, a.content];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared;
}

/** How well two segments read as one utterance: 0 when they do not, above 1 for a clear match. */
export function segmentMatch(a: Segment, b: Segment, rule: AlignRule): number {
  const [shorter, longer] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (isFragment(shorter, rule)) {
    if (containsVerbatim(longer.words, shorter.words)) return 2;
    const bothFragments = isFragment(longer, rule);
    const shared = sharedContent(a, b);
    return bothFragments && shared >= 2 && shared === Math.min(a.content.size, b.content.size) ? 1.5 : 0;
  }
  const small = Math.min(a.content.size, b.content.size);
  if (small === 0) return a.words.join(' ') === b.words.join(' ') ? 2 : 0;
  const shared = sharedContent(a, b);
  const overlap = shared / small;
  const jaccard = shared / (a.content.size + b.content.size - shared);
  if (overlap < rule.minSegmentOverlap) return 0;
  if (shared < rule.minSharedContentWords && !(shared === small && jaccard >= 0.5)) return 0;
  return overlap + jaccard;
}

/** The words a segment is found by: its content stems, or all its stems when it has none. */
const indexKeys = (s: Segment): Iterable<string> => (s.content.size > 0 ? s.content : new Set(s.stems));

interface Group {
  readonly id: number;
  readonly rep: Segment;
  readonly members: Segment[];
  /** The quotes of its members: a quote has at most one segment in a group. */
  readonly quotes: Set<number>;
  speaker: QuoteSpeaker | null;
}

/** Shared-word counts per group, reused from one segment to the next (zeroed after each). */
interface Tally {
  readonly counts: Int32Array;
  readonly touched: Int32Array;
  /** Per group: its representative's content size, and 1 when the representative is a fragment (what `enough` reads). */
  readonly repSize: Int32Array;
  readonly repFragment: Uint8Array;
}

/**
 * Groups whose representative shares words with the segment (in `tally.touched`, how many returned),
 * with how many it shares (in `tally.counts`). Typed arrays, not a map per segment: common words have long postings.
 */
function sharedCounts(s: Segment, index: ReadonlyMap<string, number[]>, tally: Tally): number {
  const { counts, touched } = tally;
  let size = 0;
  for (const stem of indexKeys(s)) {
    const postings = index.get(stem);
    if (postings === undefined) continue;
    for (const id of postings) {
      if (counts[id] === 0) touched[size++] = id;
      counts[id] = (counts[id] ?? 0) + 1;
    }
  }
  return size;
}

/** A segment in search of its group: its content size, whether it is a fragment, and where the groups' figures are. */
interface Need {
  readonly size: number;
  readonly fragment: boolean;
  readonly tally: Tally;
  readonly rule: AlignRule;
}

/**
 * Fewest shared words a group's representative needs before it is worth comparing (fragments: any),
 * read from the typed arrays of the groups' figures: most groups a segment touches fall short.
 */
function enough(need: Need, group: number, shared: number): boolean {
  const { tally, rule } = need;
  if (need.fragment || tally.repFragment[group] === 1) return true;
  const small = Math.min(need.size, tally.repSize[group] ?? 0);
  return small === 0 || shared >= Math.min(rule.minSharedContentWords, small) && shared >= small * rule.minSegmentOverlap;
}

interface Lookup {
  readonly groups: readonly Group[];
  readonly index: ReadonlyMap<string, number[]>;
  readonly tally: Tally;
  readonly surnames: Surnames;
}

/** The best group for the segment: the highest score above 0, the lowest group id on a tie (so the order groups are read in does not matter). */
function bestGroup(s: Segment, { groups, index, tally, surnames }: Lookup, rule: AlignRule): Group | null {
  let best: Group | null = null;
  let bestScore = 0;
  const size = sharedCounts(s, index, tally);
  const need: Need = { size: s.content.size, fragment: isFragment(s, rule), tally, rule };
  for (let k = 0; k < size; k++) {
    const id = tally.touched[k] ?? 0;
    const shared = tally.counts[id] ?? 0;
    tally.counts[id] = 0;
    if (!enough(need, id, shared)) continue;
    const g = groups[id] as Group;
    if (!sameSpeaker(g.speaker, s.speaker, surnames) || g.quotes.has(s.quote)) continue;
    // A fragment found word for word in any member scores 2, the most a match can: look only when it could raise the score.
    const match = segmentMatch(s, g.rep, rule);
    const score = match >= 2 || !need.fragment ? match : Math.max(match, g.members.some((m) => containsVerbatim(m.words, s.words)) ? 2 : 0);
    if (score > bestScore || (score === bestScore && score > 0 && best !== null && id < best.id)) {
      best = g;
      bestScore = score;
    }
  }
  return best;
}

/** The group of every segment (by segment index): segments of one utterance share a group number. */
export function alignSegments(segments: readonly Segment[], rule: AlignRule): number[] {
  const groupOf = new Array<number>(segments.length).fill(-1);
  const groups: Group[] = [];
  const index = new Map<string, number[]>();
  const tally: Tally = {
    counts: new Int32Array(segments.length), touched: new Int32Array(segments.length),
    repSize: new Int32Array(segments.length), repFragment: new Uint8Array(segments.length),
  };
  const lookup: Lookup = { groups, index, tally, surnames: new Map() };
  const byLength = [...segments].sort((a, b) => b.words.length - a.words.length || a.index - b.index);
  for (const s of byLength) {
    const found = bestGroup(s, lookup, rule);
    if (found) {
      found.members.push(s);
      found.quotes.add(s.quote);
      found.speaker ??= s.speaker;
      groupOf[s.index] = found.id;
      continue;
    }
    const g: Group = { id: groups.length, rep: s, members: [s], quotes: new Set([s.quote]), speaker: s.speaker };
    groups.push(g);
    tally.repSize[g.id] = s.content.size;
    tally.repFragment[g.id] = isFragment(s, rule) ? 1 : 0;
    groupOf[s.index] = g.id;
    for (const stem of indexKeys(s)) {
      const postings = index.get(stem);
      if (postings) postings.push(g.id);
      else index.set(stem, [g.id]);
    }
  }
  return groupOf;
}
