/**
 * Aligns claim units across articles by meaning. Candidates come from an inverted index over the
 * units' features (never all pairs). Two units state the same claim when they share predicate words
 * (not only the story's main actors, which are damped to near stop words), and their similarity is
 * cut when their subjects are different people (who did what). The best candidate at or above the
 * threshold brings the unit into its group only if the unit also matches the group's core: its
 * first member and, on average, its first members. So a long sentence cannot chain unrelated
 * claims together through itself.
 */
import type { ClaimUnit } from './model.ts';
import type { FactsOptions } from './options.ts';
import { candidateIndex, candidatesOf, type CandidateIndex } from './candidates.ts';
import { featureSpace, similarityInto, type FeatureSpace, type ScoreScratch } from './similarity.ts';
import { subjectsDiffer } from './subjects.ts';
import { exchangeStance, stancesClash } from './stances.ts';

export interface Alignment {
  /** Groups of units stating one claim, in order of their first unit. */
  readonly groups: readonly (readonly ClaimUnit[])[];
  /** Similarity of two aligned units (0..1). */
  readonly score: (a: ClaimUnit, b: ClaimUnit) => number;
}

const GROUP_SAMPLE = 6;
/** Candidates of one group scored per unit (the best-overlapping ones first). */
const PER_GROUP_SCORED = 3;
/** Groups whose core a unit is checked against, best candidates first. */
const MAX_GROUPS_TRIED = 3;
/** Share of the agreement floor a unit must reach with the group's first member. */
const SEED_SHARE = 0.6;
/** Similarity factor when the two clauses' subjects are different people. */
const OTHER_SUBJECT = 0.55;
/** Shared word concepts two units need (a specific, non-main entity may stand for one): a predicate, not only a name. */
const MIN_SHARED_TERMS = 2;
/** Share of a story's articles an entity must be named in to be a main actor. */
const MAIN_ACTOR_SHARE = 0.5;
/** An entity named in at most this share of the articles (and at most two) is rare in the story. */
const RARE_SHARE = 0.4;
/** Rare specific entities two units must share to state one claim whatever their verbs (a facility and its city). */
const MIN_SHARED_ANCHORS = 2;
/** Similarity, as a share of the threshold, of two units a strong cue ties together. */
const STRONG_SHARE = 1.3;

/** A unit that can carry a fact: not a bare quote, with enough content words. */
export function isClaim(unit: ClaimUnit, options: FactsOptions): boolean {
  return !unit.quoteOnly && unit.terms.length >= options.minClaimTerms;
}

interface AlignState {
  readonly space: FeatureSpace;
  /** unit.index → position in `space.vectors` (-1 for a unit that is no claim). */
  readonly slot: Int32Array;
  readonly index: CandidateIndex;
  readonly groupOf: Int32Array;
  readonly groups: ClaimUnit[][];
  readonly claims: readonly ClaimUnit[];
  /** Per position: the unit's anchors that are rare in the story and not its main actors (specific to a claim), as numbers. */
  readonly rareAnchors: readonly Int32Array[];
  /** Per position: which of the cues' inputs the unit has (`HAS_*` bits), so most pairs skip the list scans. */
  readonly has: Uint8Array;
  readonly threshold: number;
  /** The last comparison's figures (overwritten by every `scoreAt`). */
  readonly scratch: ScoreScratch;
  /** Candidates scored so far per group in the lookup in progress (zeroed after each lookup). */
  readonly scoredPerGroup: Int32Array;
}

const NO_ANCHORS = new Int32Array(0);
const HAS_PARTIES = 1;
const HAS_MEETING = 2;
const HAS_SUBJECTS = 4;

/** The flags above, plus the clause's exchange stance bits (stances.ts: 8, 16, 32). */
function hasBits(unit: ClaimUnit): number {
  return (unit.thirdParties.length > 0 ? HAS_PARTIES : 0) | (unit.meeting ? HAS_MEETING : 0) | (unit.subjects.length > 0 ? HAS_SUBJECTS : 0) | exchangeStance(unit.text);
}

/** True when `a` names a third party (a "with X" slot) that `b` does not name at all. */
function missingParty(a: ClaimUnit, b: ClaimUnit): boolean {
  // A plain loop, no closure: it runs for every scored pair, and most units name no third party.
  for (const p of a.thirdParties) if (!b.entities.includes(p)) return true;
  return false;
}

/** Rare anchors two units share (each list is a unit's rare anchors, without repeats). */
function sharedAnchors(a: Int32Array, b: Int32Array): number {
  let n = 0;
  for (const e of a) if (b.includes(e)) n += 1;
  return n;
}

/**
 * What the two units' parties say beyond their words: `veto` when one is about a third party the
 * other never names, or when they stand on different sides of an exchange (an offer and its
 * acceptance or refusal: stances.ts); `strong` when both state the meeting of the main pair with a meeting verb, or
 * both name the same rare specific entities.
 */
function cueOf(state: AlignState, at: number, other: number): 'veto' | 'strong' | 'none' {
  if (stancesClash(state.has[at] ?? 0, state.has[other] ?? 0)) return 'veto';
  const has = (state.has[at] ?? 0) | (state.has[other] ?? 0);
  if ((has & HAS_PARTIES) !== 0) {
    const a = state.claims[at] as ClaimUnit;
    const b = state.claims[other] as ClaimUnit;
    if (missingParty(a, b) || missingParty(b, a)) return 'veto';
  }
  if (((state.has[at] ?? 0) & (state.has[other] ?? 0) & HAS_MEETING) !== 0) return 'strong';
  const rareA = state.rareAnchors[at] ?? NO_ANCHORS;
  const rareB = state.rareAnchors[other] ?? NO_ANCHORS;
  // Fewer rare anchors than needed on either side cannot make enough shared ones.
  if (rareA.length < MIN_SHARED_ANCHORS || rareB.length < MIN_SHARED_ANCHORS) return 'none';
  return sharedAnchors(rareA, rareB) >= MIN_SHARED_ANCHORS ? 'strong' : 'none';
}

/** Similarity of the units at positions a and b, after their cues; the figures stay in `state.scratch`. */
function scoreAt(state: AlignState, a: number, b: number): ScoreScratch {
  const out = state.scratch;
  const va = state.space.vectors[a];
  const vb = state.space.vectors[b];
  const ua = state.claims[a];
  const ub = state.claims[b];
  if (!va || !vb || !ua || !ub) {
    out.score = 0;
    out.sharedTerms = 0;
    return out;
  }
  similarityInto(va, vb, state.space, out);
  const cue = cueOf(state, a, b);
  if (cue === 'veto') {
    out.score = 0;
    out.sharedTerms = 0;
    return out;
  }
  const bothSubjects = ((state.has[a] ?? 0) & (state.has[b] ?? 0) & HAS_SUBJECTS) !== 0;
  if (bothSubjects && subjectsDiffer(ua, ub)) out.score *= OTHER_SUBJECT;
  if (cue === 'strong') {
    // A strong cue stands for the shared predicate words the verbs did not give.
    out.score = Math.max(out.score, state.threshold * STRONG_SHARE);
    out.sharedTerms = Math.max(out.sharedTerms, MIN_SHARED_TERMS);
  }
  return out;
}

/** Below the threshold by more than rounding: a bound this far under it cannot reach it. */
const ROUNDING = 1e-9;

/**
 * False when units `at` and `other` surely cannot be linked, from a bound on their shared feature
 * weight (`sharedAtMost`), without merging their features: a veto, or no strong cue and a similarity
 * bound below the threshold. Most candidates of a big story end here.
 */
function mayLink(state: AlignState, at: number, other: number, sharedAtMost: number): boolean {
  const cue = cueOf(state, at, other);
  if (cue !== 'none') return cue === 'strong';
  const a = state.space.vectors[at]?.total ?? 0;
  const b = state.space.vectors[other]?.total ?? 0;
  if (a === 0 || b === 0) return true;
  const small = Math.min(a, b);
  const bound = 0.6 * (sharedAtMost / Math.sqrt(a * b)) + 0.4 * (sharedAtMost / small) * Math.min(1, small / 12);
  return bound >= state.threshold - ROUNDING;
}

/** True when two units may state one claim: similar enough, sharing a predicate. */
function linked(scored: ScoreScratch, options: FactsOptions): boolean {
  const specific = Math.min(scored.sharedSpecific, 1);
  return scored.score >= options.alignThreshold && scored.sharedTerms >= 1 && scored.sharedTerms + specific >= MIN_SHARED_TERMS;
}

/** True when the unit matches the group's core: its first member, and its first members on average. */
function matchesCore(state: AlignState, at: number, group: readonly ClaimUnit[], options: FactsOptions): boolean {
  const floor = options.alignThreshold * options.groupAgreement;
  const size = Math.min(group.length, GROUP_SAMPLE);
  let sum = 0;
  for (let k = 0; k < size; k += 1) {
    const score = scoreAt(state, at, state.slot[(group[k] as ClaimUnit).index] ?? -1).score;
    if (k === 0 && score < floor * SEED_SHARE) return false;
    sum += score;
  }
  return size > 0 && sum / size >= floor;
}

function bestGroup(state: AlignState, at: number, options: FactsOptions): number | null {
  const groups: number[] = [];
  const scores: number[] = [];
  const { index } = state;
  const size = candidatesOf(index, state.space, at);
  const seen = state.scoredPerGroup;
  for (let k = 0; k < size; k += 1) {
    const j = index.best[k] ?? 0;
    // The best-overlapping members of a group speak for it: a few per group are scored, not all.
    // (Every candidate is an earlier unit, so it has a group.)
    const group = state.groupOf[j] ?? 0;
    const scoredSoFar = seen[group] ?? 0;
    if (scoredSoFar >= PER_GROUP_SCORED) continue;
    seen[group] = scoredSoFar + 1;
    if (!mayLink(state, at, j, (index.bestWeight[k] ?? 0) + index.found.unreadWeight)) continue;
    const scored = scoreAt(state, at, j);
    if (!linked(scored, options)) continue;
    groups.push(group);
    scores.push(scored.score);
  }
  for (let k = 0; k < size; k += 1) seen[state.groupOf[index.best[k] ?? 0] ?? 0] = 0;
  const order = groups.map((_, i) => i).sort((x, y) => (scores[y] ?? 0) - (scores[x] ?? 0));
  const tried: number[] = [];
  for (const i of order) {
    const group = groups[i] ?? -1;
    if (group < 0 || tried.includes(group)) continue;
    if (tried.length >= MAX_GROUPS_TRIED) break;
    tried.push(group);
    if (matchesCore(state, at, state.groups[group] ?? [], options)) return group;
  }
  return null;
}

interface EntitySpread {
  /** Entities named in at least half of the story's articles. */
  readonly main: Set<string>;
  /** Entities named in few articles (and not main actors). */
  readonly rare: Set<string>;
}

function entitySpread(units: readonly ClaimUnit[]): EntitySpread {
  const articles = new Map<string, Set<string>>();
  for (const u of units) for (const e of u.entities) (articles.get(e) ?? articles.set(e, new Set()).get(e))?.add(u.article);
  const total = new Set(units.map((u) => u.article)).size;
  const floor = Math.max(2, total * MAIN_ACTOR_SHARE);
  const ceiling = Math.max(2, Math.floor(total * RARE_SHARE));
  return {
    main: new Set([...articles].filter(([, seen]) => seen.size >= floor).map(([e]) => e)),
    rare: new Set([...articles].filter(([, seen]) => seen.size <= ceiling && seen.size < floor).map(([e]) => e)),
  };
}

/** Each unit's rare anchors, numbered (one number per entity id), in the unit's order. */
function rareAnchorsOf(claims: readonly ClaimUnit[], rare: ReadonlySet<string>): Int32Array[] {
  const numbers = new Map<string, number>();
  return claims.map((u) => {
    if (u.anchors.length === 0) return NO_ANCHORS;
    const found = u.anchors.filter((e) => rare.has(e));
    return Int32Array.from(found, (e) => numbers.get(e) ?? numbers.set(e, numbers.size).size - 1);
  });
}

/** Groups the claim units (in the order given) into facts. */
export function alignUnits(units: readonly ClaimUnit[], options: FactsOptions): Alignment {
  const claims = units.filter((u) => isClaim(u, options));
  const spread = entitySpread(units);
  const space = featureSpace(claims, spread.main);
  const slot = new Int32Array(units.reduce((max, u) => Math.max(max, u.index + 1), 0)).fill(-1);
  claims.forEach((u, i) => (slot[u.index] = i));
  const state: AlignState = {
    space,
    slot,
    index: candidateIndex(space, options.maxPostings, options.maxCandidates),
    groupOf: new Int32Array(claims.length).fill(-1),
    groups: [],
    claims,
    has: Uint8Array.from(claims, hasBits),
    rareAnchors: rareAnchorsOf(claims, spread.rare),
    threshold: options.alignThreshold,
    scratch: { score: 0, sharedTerms: 0, termWeight: 0, sharedSpecific: 0 },
    scoredPerGroup: new Int32Array(claims.length),
  };
  for (let at = 0; at < claims.length; at += 1) {
    const group = bestGroup(state, at, options);
    const target = group ?? state.groups.push([]) - 1;
    state.groups[target]?.push(claims[at] as ClaimUnit);
    state.groupOf[at] = target;
  }
  return { groups: state.groups, score: (a, b) => scoreAt(state, slot[a.index] ?? -1, slot[b.index] ?? -1).score };
}
