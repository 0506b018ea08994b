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

/** Cosine of a member against a group it is not in. */
export function groupCosine(member: WeightedVector, group: GroupVector): number {
  if (member.norm === 0 || group.normSquared <= 0) return 0;
  return dot(member, group) / (member.norm * Math.sqrt(group.normSquared));
}

/** Cosine of a member against the rest of a group it is in (0 when it is alone). */
export function leaveOneOutCosine(member: WeightedVector, group: GroupVector): number {
  if (member.norm === 0) return 0;
  const selfSquared = member.norm * member.norm;
  const shared = dot(member, group);
  const restSquared = group.normSquared - 2 * shared + selfSquared;
  if (restSquared <= 1e-9) return 0;
  return Math.max(0, (shared - selfSquared) / (member.norm * Math.sqrt(restSquared)));
}

/** True when the group, with the member left out, still has weight (`inside`: the member is in it). */
export function hasWeight(group: GroupVector, member: WeightedVector, inside: boolean): boolean {
  if (!inside) return group.normSquared > 1e-9;
  const selfSquared = member.norm * member.norm;
  return group.normSquared - 2 * dot(member, group) + selfSquared > 1e-9;
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
