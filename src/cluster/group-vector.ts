/**
 * A story's summed, IDF-weighted term vector that members can join and leave in O(their terms),
 * and the cosine of a member against it with the member itself left out (leave-one-out): how
 * well an article fits the rest of its story, the fair comparison with stories it is not in.
 *
 * Refinement computes these cosines millions of times, so terms are small integer ids (interned
 * by the caller) and a group's weights live in an open-addressing table of typed arrays: a lookup
 * is a multiply and a probe or two in flat memory, and an update writes a float in place (a
 * `Map<string, number>` boxed each new value and hashed strings). A weight that returns to zero
 * stays in the table as 0, which adds nothing to any sum. A group holding a large share of all
 * terms (a big story) becomes dense once a table would be as large as the vocabulary: its slot
 * is the term id itself, no probing.
 */

/** A member's vector: distinct term ids and their weights, in a fixed order, with its L2 norm. */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly values: Float64Array;
  readonly norm: number;
}

export interface GroupVector {
  /** Slot → term id, or -1 when empty (capacity a power of two, or `vocabulary` once dense). */
  keys: Int32Array;
  values: Float64Array;
  /** Slots holding a term (zero weights included), and terms whose weight is not zero. */
  used: number;
  live: number;
  /** Squared L2 norm of the weights. */
  normSquared: number;
  /** Term ids are below this (0: unknown, never dense). */
  readonly vocabulary: number;
  dense: boolean;
}

const INITIAL_CAPACITY = 16;
const GOLDEN = 0x9e3779b1;

/** A group of members whose term ids are all below `vocabulary` (0: unknown). */
export function createGroupVector(vocabulary = 0): GroupVector {
  return { keys: new Int32Array(INITIAL_CAPACITY).fill(-1), values: new Float64Array(INITIAL_CAPACITY), used: 0, live: 0, normSquared: 0, vocabulary, dense: false };
}

/** The slot holding `id`, or the empty slot where it would go. */
function slotOf(group: GroupVector, id: number): number {
  if (group.dense) return id;
  const { keys } = group;
  const mask = keys.length - 1;
  let slot = (Math.imul(id, GOLDEN) >>> 0) & mask;
  for (;;) {
    const key = keys[slot]!;
    if (key === id || key === -1) return slot;
    slot = (slot + 1) & mask;
  }
}

function grow(group: GroupVector): void {
  const { keys, values } = group;
  const capacity = keys.length * 2;
  group.dense = group.vocabulary > 0 && capacity >= group.vocabulary;
  group.keys = new Int32Array(group.dense ? group.vocabulary : capacity).fill(-1);
  group.values = new Float64Array(group.keys.length);
  for (let s = 0; s < keys.length; s++) {
    const key = keys[s]!;
    if (key === -1) continue;
    const slot = slotOf(group, key);
    group.keys[slot] = key;
    group.values[slot] = values[s]!;
  }
}

/** The weight of term `id` in the group (0 when absent). */
export function groupWeight(group: GroupVector, id: number): number {
  const slot = slotOf(group, id);
  return group.keys[slot] === id ? group.values[slot]! : 0;
}

/** Adds (`sign` 1) or removes (`sign` -1) a member's vector. */
export function shiftGroup(group: GroupVector, member: SparseVector, sign: 1 | -1): void {
  const { ids, values } = member;
  for (let i = 0; i < ids.length; i++) {
    if (!group.dense && (group.used + 1) * 2 > group.keys.length) grow(group);
    const id = ids[i]!;
    const slot = slotOf(group, id);
    let before = 0;
    if (group.keys[slot] === id) before = group.values[slot]!;
    else {
      group.keys[slot] = id;
      group.used++;
    }
    let after = before + sign * values[i]!;
    group.normSquared += after * after - before * before;
    if (Math.abs(after) < 1e-12) after = 0;
    if (before === 0 && after !== 0) group.live++;
    else if (before !== 0 && after === 0) group.live--;
    group.values[slot] = after;
  }
  if (group.normSquared < 1e-12) group.normSquared = group.live === 0 ? 0 : Math.max(group.normSquared, 0);
}

function dot(member: SparseVector, group: GroupVector): number {
  const { ids, values } = member;
  if (group.dense) {
    const weights = group.values;
    let sum = 0;
    // An absent term's weight is 0 there.
    for (let i = 0; i < ids.length; i++) sum += values[i]! * weights[ids[i]!]!;
    return sum;
  }
  const { keys } = group;
  const mask = keys.length - 1;
  let sum = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    let slot = (Math.imul(id, GOLDEN) >>> 0) & mask;
    for (;;) {
      const key = keys[slot]!;
      if (key === id) {
        sum += values[i]! * group.values[slot]!;
        break;
      }
      if (key === -1) break;
      slot = (slot + 1) & mask;
    }
  }
  return sum;
}

/**
 * Cosine of a member against a group: against all of it, or, when `inside` (the member is in
 * it), against the rest of it (leave-one-out). Null when either side has no weight.
 */
export function memberCosine(member: SparseVector, group: GroupVector, inside: boolean): number | null {
  if (member.norm === 0) return null;
  const shared = dot(member, group);
  if (!inside) return group.normSquared > 1e-9 ? shared / (member.norm * Math.sqrt(group.normSquared)) : null;
  const selfSquared = member.norm * member.norm;
  const restSquared = group.normSquared - 2 * shared + selfSquared;
  if (restSquared <= 1e-9) return null;
  return Math.max(0, (shared - selfSquared) / (member.norm * Math.sqrt(restSquared)));
}

/** Cosine of two groups (iterates the smaller). */
export function groupsCosine(a: GroupVector, b: GroupVector): number {
  if (a.normSquared <= 0 || b.normSquared <= 0) return 0;
  const [small, large] = a.live <= b.live ? [a, b] : [b, a];
  let sum = 0;
  for (let s = 0; s < small.keys.length; s++) {
    const w = small.values[s]!;
    if (w !== 0) sum += w * groupWeight(large, small.keys[s]!);
  }
  return sum / Math.sqrt(a.normSquared * b.normSquared);
}
