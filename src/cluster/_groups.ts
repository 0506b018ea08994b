/**
 * Stories as the refinement pass keeps them: members, summed word, entity and year vectors, and
 * the publication days of their members, all updatable as members join and leave.
 */
import type { Cosines } from './similarity.ts';
import { createGroupVector, groupsCosine, memberCosine, shiftGroup, type GroupVector, type SparseVector } from './group-vector.ts';

export interface Group {
  readonly members: Set<number>;
  readonly words: GroupVector;
  readonly entities: GroupVector;
  readonly years: GroupVector;
  /** Publication day → members published that day. */
  readonly days: Map<number, number>;
  size: number;
}

/** A member's word, entity and year vectors over interned term ids. */
export interface VectorProfile {
  readonly words: SparseVector;
  readonly entities: SparseVector;
  readonly years: SparseVector;
}

export interface GroupMember {
  readonly profile: VectorProfile;
  readonly day: number | null;
}

export interface Fit {
  readonly cosines: Cosines;
  /** Days between the member and the group's date range; null when either is undated. */
  readonly gap: number | null;
}

/** An empty group of members whose term ids are all below `vocabulary`. */
export function createGroup(vocabulary: number): Group {
  return {
    members: new Set(), words: createGroupVector(vocabulary), entities: createGroupVector(vocabulary), years: createGroupVector(vocabulary), days: new Map(), size: 0,
  };
}

export function join(group: Group, member: GroupMember, index: number): void {
  group.members.add(index);
  group.size = group.members.size;
  shift(group, member, 1);
}

export function leave(group: Group, member: GroupMember, index: number): void {
  group.members.delete(index);
  group.size = group.members.size;
  shift(group, member, -1);
}

function shift(group: Group, member: GroupMember, sign: 1 | -1): void {
  shiftGroup(group.words, member.profile.words, sign);
  shiftGroup(group.entities, member.profile.entities, sign);
  shiftGroup(group.years, member.profile.years, sign);
  if (member.day === null) return;
  const count = (group.days.get(member.day) ?? 0) + sign;
  if (count > 0) group.days.set(member.day, count);
  else group.days.delete(member.day);
}

/** How a member fits a group: against the rest of it when `inside`, else against all of it. */
export function memberFit(group: Group, member: GroupMember, inside: boolean): Fit {
  const { profile } = member;
  return {
    cosines: {
      words: memberCosine(profile.words, group.words, inside) ?? 0,
      entities: memberCosine(profile.entities, group.entities, inside),
      years: memberCosine(profile.years, group.years, inside),
    },
    gap: dayGap(group, member.day, inside),
  };
}

/** Cosines of two groups' centroids. */
export function groupsFit(a: Group, b: Group): Cosines {
  return {
    words: groupsCosine(a.words, b.words),
    entities: a.entities.normSquared > 0 && b.entities.normSquared > 0 ? groupsCosine(a.entities, b.entities) : null,
    years: a.years.normSquared > 0 && b.years.normSquared > 0 ? groupsCosine(a.years, b.years) : null,
  };
}

/** Days between two groups' date ranges (0 when they overlap); null when either is undated. */
export function groupsGap(a: Group, b: Group): number | null {
  if (a.days.size === 0 || b.days.size === 0) return null;
  const aDays = [...a.days.keys()];
  const bDays = [...b.days.keys()];
  const gap = Math.max(Math.min(...bDays) - Math.max(...aDays), Math.min(...aDays) - Math.max(...bDays));
  return Math.max(0, gap);
}

/** Days from `day` to the group's range of days (its own day left out once when `inside`). */
function dayGap(group: Group, day: number | null, inside: boolean): number | null {
  if (day === null) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const [d, count] of group.days) {
    if (inside && d === day && count === 1) continue;
    min = Math.min(min, d);
    max = Math.max(max, d);
  }
  if (min === Infinity) return null;
  return day < min ? min - day : day > max ? day - max : 0;
}
