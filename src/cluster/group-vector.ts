/**
 * A story's summed, IDF-weighted term vector that members can join and leave in O(their terms),
 * and the cosine of a member against it with the member itself left out (leave-one-out): how
 * well an article fits the rest of its story, the fair comparison with stories it is not in.
 */
import type { WeightedVector } from './vocabulary.ts';

export interface GroupVector {
  readonly weights: Map<string, number>;
  /** Squared L2 norm of `weights`. */
  normSquared: number;
}

export function createGroupVector(): GroupVector {
  return { weights: new Map(), normSquared: 0 };
}

/** Adds (`sign` 1) or removes (`sign` -1) a member's weighted vector. */
export function shiftGroup(group: GroupVector, member: WeightedVector, sign: 1 | -1): void {
  for (const [term, w] of member.weights) {
    const before = group.weights.get(term) ?? 0;
    const after = before + sign * w;
    group.normSquared += after * after - before * before;
    if (Math.abs(after) < 1e-12) group.weights.delete(term);
    else group.weights.set(term, after);
  }
  if (group.normSquared < 1e-12) group.normSquared = group.weights.size === 0 ? 0 : Math.max(group.normSquared, 0);
}

function dot(member: WeightedVector, group: GroupVector): number {
  let sum = 0;
  for (const [term, w] of member.weights) {
    const other = group.weights.get(term);
    if (other !== undefined) sum += w * other;
  }
  return sum;
}

/**
 * Cosine of a member against a group: against all of it, or, when `inside` (the member is in
 * it), against the rest of it (leave-one-out). Null when either side has no weight.
 */
export function memberCosine(member: WeightedVector, group: GroupVector, inside: boolean): number | null {
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
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, w] of small.weights) {
    const other = large.weights.get(term);
    if (other !== undefined) sum += w * other;
  }
  return sum / Math.sqrt(a.normSquared * b.normSquared);
}
