/**
 * Number conflicts across a story, read from the number slots of its claim units (not only inside
 * one aligned fact): independent sources that give different values for the same count disagree.
 * Two slots count the same thing when they count the same noun ("projects"), their predicates are
 * compatible ("fund" / "commit", "killed" / "dead"; an unknown predicate fits any) and their clauses
 * share context words beyond the noun and the predicate (a toll needs no more: killed is killed).
 * Equal values in other words ("forty" / "40", "8%" / "8 percent") are one position. A toll-like
 * count (killed, dead, injured, missing, cases) that only grows with later publication times is
 * `evolving`: later reports superseded earlier ones, and positions run in the order reported.
 */
import { ATTRIBUTION, PREDICATE_CLASSES, TOLL_WORDS } from './_lexicon.ts';
import type { ClaimUnit, NumberMention } from './model.ts';
import { positionsOf, toFinding, type ConflictFinding, type Position } from './positions.ts';
import { conceptOf } from './terms.ts';

/** Context words two slots must share (besides noun and predicate) to count the same thing. */
const MIN_SHARED_CONTEXT = 2;
/** Distinct slot signatures compared pairwise per counted noun (bounds the cost on huge stories). */
const MAX_SIGNATURES = 400;

function classTable(lines: readonly string[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const line of lines) {
    const [head, ...rest] = line.split(' ').map(conceptOf);
    if (head === undefined) continue;
    for (const concept of [head, ...rest]) if (!map.has(concept)) map.set(concept, head);
  }
  return map;
}

/** Pure data, computed once from the word lists. */
const PREDICATE_CLASS: ReadonlyMap<string, string> = classTable(PREDICATE_CLASSES);
const TOLL: ReadonlySet<string> = new Set(TOLL_WORDS.map(conceptOf));

interface Signature {
  readonly value: number;
  /** Predicate classes (empty when unknown). */
  readonly predicates: ReadonlySet<string>;
  readonly toll: boolean;
  readonly context: ReadonlySet<string>;
  readonly slots: { readonly unit: ClaimUnit; readonly mention: NumberMention }[];
}

/** Slots with the same value, predicates, clause terms and modifiers share one signature. */
function signatureKey(unit: ClaimUnit, mention: NumberMention): string {
  return `${mention.value}|${mention.predicates.join(' ')}|${mention.modifiers.join(' ')}|${unit.keyTerms.join(' ')}`;
}

function contextOf(unit: ClaimUnit, mention: NumberMention): Set<string> {
  const out = new Set([...unit.keyTerms, ...mention.modifiers]);
  for (const word of [mention.noun, ...mention.predicates, ...ATTRIBUTION]) out.delete(word);
  return out;
}

/** Signatures of every count of a noun, bucketed by noun. */
function buckets(units: readonly ClaimUnit[]): Map<string, Map<string, Signature>> {
  const byNoun = new Map<string, Map<string, Signature>>();
  for (const unit of units) {
    for (const mention of unit.numbers) {
      if (mention.noun === '') continue;
      const key = signatureKey(unit, mention);
      const bucket = byNoun.get(mention.noun) ?? byNoun.set(mention.noun, new Map()).get(mention.noun);
      if (bucket === undefined) continue;
      let signature = bucket.get(key);
      if (signature === undefined) {
        if (bucket.size >= MAX_SIGNATURES) continue;
        const predicates = new Set(mention.predicates.map((p) => PREDICATE_CLASS.get(p) ?? p));
        const toll = TOLL.has(mention.noun) || mention.predicates.some((p) => TOLL.has(p));
        signature = { value: Number.parseFloat(mention.value), predicates, toll, context: contextOf(unit, mention), slots: [] };
        bucket.set(key, signature);
      }
      signature.slots.push({ unit, mention });
    }
  }
  return byNoun;
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const word of a) if (b.has(word)) n += 1;
  return n;
}

/** True when two signatures count the same thing. */
function sameCount(a: Signature, b: Signature): boolean {
  if (a.predicates.size > 0 && b.predicates.size > 0 && sharedCount(a.predicates, b.predicates) === 0) return false;
  if (a.toll && b.toll) return true;
  return sharedCount(a.context, b.context) >= MIN_SHARED_CONTEXT;
}

/** Groups of signatures that count the same thing (union of compatible pairs with different values). */
function components(signatures: readonly Signature[]): Signature[][] {
  const parent = signatures.map((_, i) => i);
  const root = (i: number): number => {
    let x = i;
    while (parent[x] !== x) x = parent[x] ?? x;
    return x;
  };
  for (let i = 0; i < signatures.length; i += 1) {
    for (let j = i + 1; j < signatures.length; j += 1) {
      const a = signatures[i] as Signature;
      const b = signatures[j] as Signature;
      if (a.value !== b.value && sameCount(a, b)) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, Signature[]>();
  signatures.forEach((s, i) => (groups.get(root(i)) ?? groups.set(root(i), []).get(root(i)))?.push(s));
  return [...groups.values()].filter((g) => g.length > 1);
}

/** When a position was first reported: the earliest publication date of its articles. */
function reportedAt(position: Position, published: ReadonlyMap<string, string | null>): string | null {
  const dates = position.units.map((u) => published.get(u.article) ?? null).filter((d): d is string => d !== null);
  return dates.sort()[0] ?? null;
}

/** Positions in report order, when every later report gives a larger count; null otherwise. */
function risingInTime(positions: readonly Position[], published: ReadonlyMap<string, string | null>): Position[] | null {
  const timed = positions.map((p) => ({ p, at: reportedAt(p, published), value: Number.parseFloat(p.value) }));
  if (timed.some((t) => t.at === null) || new Set(timed.map((t) => t.at)).size !== timed.length) return null;
  timed.sort((a, b) => ((a.at ?? '') < (b.at ?? '') ? -1 : 1));
  return timed.every((t, i) => i === 0 || t.value > (timed[i - 1]?.value ?? t.value)) ? timed.map((t) => t.p) : null;
}

function findingOf(group: readonly Signature[], published: ReadonlyMap<string, string | null>): ConflictFinding | null {
  const slots = group.flatMap((s) => s.slots);
  const positions = positionsOf(slots.map((s) => ({ value: String(Number.parseFloat(s.mention.value)), unit: s.unit })));
  if (positions.length < 2) return null;
  const surface = (p: Position): string => slots.find((s) => s.unit === p.units[0] && String(Number.parseFloat(s.mention.value)) === p.value)?.mention.text ?? p.value;
  const evolving = group.every((s) => s.toll) ? risingInTime(positions, published) : null;
  const ordered = evolving ?? [...positions].sort((a, b) => b.units.length - a.units.length || (a.units[0]?.articleOrder ?? 0) - (b.units[0]?.articleOrder ?? 0));
  const first = surface(ordered[0] as Position);
  const counted = first.replace(/^\S+\s+(?:(?:hundred|thousand|million|billion|trillion)\s+)?/i, '');
  return toFinding({
    about: `how many ${counted}`,
    kind: 'number',
    evolving: evolving !== null,
    positions: ordered.map((p) => ({ value: surface(p), units: p.units })),
  });
}

/** Number conflicts over the story's claim units; `published`: article id → publication date. */
export function numberConflicts(units: readonly ClaimUnit[], published: ReadonlyMap<string, string | null>): ConflictFinding[] {
  const out: ConflictFinding[] = [];
  for (const bucket of buckets(units).values()) {
    if (bucket.size < 2) continue;
    for (const group of components([...bucket.values()])) {
      const finding = findingOf(group, published);
      if (finding !== null) out.push(finding);
    }
  }
  return out;
}
