/**
 * Date conflicts inside one fact: sources that state the same claim with a different resolved day.
 * (Number conflicts are read story-wide from number slots: `conflicts-numbers.ts`.)
 */
import type { FactGroup } from './model.ts';
import { positionsOf, toFinding, type ConflictFinding } from './positions.ts';

function dateConflictsOf(group: FactGroup): ConflictFinding[] {
  const entries = group.units.flatMap((unit) =>
    unit.dates.filter((d) => d.value !== null && d.precision === 'day').map((d) => ({ value: d.value ?? '', unit })),
  );
  const positions = positionsOf(entries);
  if (positions.length < 2) return [];
  return [toFinding({ about: `when: ${group.text}`, kind: 'date', evolving: false, positions })];
}

/** Date conflicts in every corroborated fact. */
export function dateConflicts(groups: readonly FactGroup[]): ConflictFinding[] {
  return groups.flatMap((g) => (g.evidence.length < 2 ? [] : dateConflictsOf(g)));
}
