/**
 * From aligned segments to story-quote units. Three steps after alignment (align.ts):
 * - neighbours: next to a group that spans several articles, the segments just before or after its
 *   members in their quotes are one utterance when they match one another at a looser overlap (the
 *   same sentence, reworded: `That is perfectly fine` / `and it's perfectly fine`);
 * - adjacency: two groups that follow one another inside the quotes of at least two articles are one
 *   quote (an utterance of several sentences);
 * - remainder: unaligned segments that follow one another in one quote stay together as one quote.
 * The result is a list of units, each a list of segment indexes in story order.
 */
import type { QuotesOptions } from './options.ts';
import type { Segment } from './segments.ts';

type NeighbourRule = Pick<QuotesOptions, 'minNeighbourOverlap'>;

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    let y = x;
    while (this.parent[y] !== root) {
      const up = this.parent[y] as number;
      this.parent[y] = root;
      y = up;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function looseMatch(a: Segment, b: Segment, rule: NeighbourRule): boolean {
  const small = Math.min(a.content.size, b.content.size);
  if (small === 0) return false;
  let shared = 0;
  for (const s of a.content) if (b.content.has(s)) shared++;
  return shared >= 1 && shared / small >= rule.minNeighbourOverlap;
}

interface Story {
  readonly segments: readonly Segment[];
  readonly groupOf: number[];
  readonly members: Map<number, Segment[]>;
  readonly at: Map<string, Segment>;
}

const articleCount = (members: readonly Segment[]): number => new Set(members.map((m) => m.article)).size;
const slot = (quote: number, order: number): string => `${quote}:${order}`;

/** Joins the unaligned neighbours (in direction `dir`) of a multi-article group that match each other. */
function extend(story: Story, group: number, dir: 1 | -1, rule: NeighbourRule): number | null {
  const members = story.members.get(group) ?? [];
  const next = members
    .map((m) => story.at.get(slot(m.quote, m.order + dir)))
    .filter((n): n is Segment => n !== undefined && (story.members.get(story.groupOf[n.index] as number)?.length ?? 0) === 1);
  const head = next[0];
  if (head === undefined) return null;
  const matched = next.filter((n) => n === head || looseMatch(n, head, rule));
  if (articleCount(matched) < 2) return null;
  const target = story.groupOf[head.index] as number;
  for (const n of matched) {
    if (n === head) continue;
    story.members.delete(story.groupOf[n.index] as number);
    story.groupOf[n.index] = target;
  }
  story.members.set(target, matched);
  return target;
}

function groupMembers(segments: readonly Segment[], groupOf: readonly number[]): Map<number, Segment[]> {
  const members = new Map<number, Segment[]>();
  for (const s of segments) {
    const g = groupOf[s.index] as number;
    const list = members.get(g);
    if (list) list.push(s);
    else members.set(g, [s]);
  }
  return members;
}

/** Links each multi-article group to the neighbour groups it grew; returns the pairs to fuse. */
function growNeighbours(story: Story, rule: NeighbourRule): [number, number][] {
  const links: [number, number][] = [];
  const queue = [...story.members].filter(([, m]) => articleCount(m) >= 2).map(([g]) => g);
  for (let i = 0; i < queue.length; i++) {
    const g = queue[i] as number;
    for (const dir of [1, -1] as const) {
      const grown = extend(story, g, dir, rule);
      if (grown === null) continue;
      links.push([g, grown]);
      queue.push(grown);
    }
  }
  return links;
}

/** Pairs of multi-article groups that follow one another in the quotes of two or more articles. */
function adjacentGroups(story: Story): [number, number][] {
  const articles = new Map<string, Set<string>>();
  for (const s of story.segments) {
    const t = story.at.get(slot(s.quote, s.order + 1));
    const a = story.groupOf[s.index] as number;
    const b = t ? (story.groupOf[t.index] as number) : -1;
    if (b < 0 || a === b) continue;
    if (articleCount(story.members.get(a) ?? []) < 2 || articleCount(story.members.get(b) ?? []) < 2) continue;
    const key = `${a}>${b}`;
    articles.set(key, (articles.get(key) ?? new Set()).add(s.article));
  }
  return [...articles].filter(([, seen]) => seen.size >= 2).map(([key]) => key.split('>').map(Number) as [number, number]);
}

/** Units of segments, each one story quote; units and their segments in story order. */
export function fuseSegments(segments: readonly Segment[], aligned: readonly number[], rule: NeighbourRule): number[][] {
  const groupOf = [...aligned];
  const at = new Map(segments.map((s) => [slot(s.quote, s.order), s] as const));
  const story: Story = { segments, groupOf, members: groupMembers(segments, groupOf), at };
  const fuse = new UnionFind(segments.length);
  for (const [a, b] of [...growNeighbours(story, rule), ...adjacentGroups(story)]) fuse.union(a, b);
  const unitOf = (s: Segment): number => fuse.find(groupOf[s.index] as number);
  const units = new Map<number, number[]>();
  let previous: Segment | null = null;
  for (const s of segments) {
    const alone = story.members.get(groupOf[s.index] as number)?.length === 1;
    const stays = alone && previous !== null && previous.quote === s.quote && story.members.get(groupOf[previous.index] as number)?.length === 1;
    if (stays && previous) fuse.union(unitOf(previous), unitOf(s));
    previous = s;
  }
  for (const s of segments) {
    const u = unitOf(s);
    const list = units.get(u);
    if (list) list.push(s.index);
    else units.set(u, [s.index]);
  }
  return [...units.values()].sort((a, b) => (a[0] as number) - (b[0] as number));
}
