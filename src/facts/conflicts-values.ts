/**
 * Number and date conflicts inside one fact: sources that state the same claim with a different
 * count of the same thing ("40 projects" / "50 projects") or a different resolved day. A count
 * that only grows (or only falls) from one report to the next is `evolving`: positions then run in
 * the order they were reported.
 */
import type { FactGroup } from './model.ts';
import { positionsOf, toFinding, type ConflictFinding, type Position } from './positions.ts';

/** When each position was first reported (earliest publication date of its articles). */
function reportedAt(position: Position, published: ReadonlyMap<string, string | null>): string | null {
  const dates = position.units.map((u) => published.get(u.article) ?? null).filter((d): d is string => d !== null);
  return dates.length === 0 ? null : dates.sort()[0] ?? null;
}

function asNumber(value: string): number {
  return Number.parseFloat(value.replace(/[^\d.]/g, ''));
}

/** Orders positions by report time; evolving when times differ and the values move one way. */
function evolution(positions: readonly Position[], published: ReadonlyMap<string, string | null>): { evolving: boolean; ordered: Position[] } {
  const timed = positions.map((p) => ({ p, at: reportedAt(p, published) }));
  if (timed.some((t) => t.at === null)) return { evolving: false, ordered: [...positions] };
  timed.sort((a, b) => ((a.at ?? '') < (b.at ?? '') ? -1 : (a.at ?? '') > (b.at ?? '') ? 1 : 0));
  const distinct = new Set(timed.map((t) => t.at)).size === timed.length;
  const values = timed.map((t) => asNumber(t.p.value));
  const rising = values.every((v, i) => i === 0 || v > (values[i - 1] ?? v));
  const falling = values.every((v, i) => i === 0 || v < (values[i - 1] ?? v));
  const evolving = distinct && (rising || falling);
  return { evolving, ordered: evolving ? timed.map((t) => t.p) : [...positions] };
}

function numberConflicts(group: FactGroup, published: ReadonlyMap<string, string | null>): ConflictFinding[] {
  const byNoun = new Map<string, { value: string; unit: FactGroup['units'][number] }[]>();
  const surface = new Map<string, string>();
  for (const unit of group.units) {
    for (const n of unit.numbers) {
      if (n.noun === '') continue;
      const list = byNoun.get(n.noun) ?? [];
      list.push({ value: n.text, unit });
      byNoun.set(n.noun, list);
      if (!surface.has(n.noun)) surface.set(n.noun, n.text.replace(/^[\d,.]+\s*/, ''));
    }
  }
  const out: ConflictFinding[] = [];
  for (const [noun, entries] of byNoun) {
    const positions = positionsOf(entries);
    if (positions.length < 2 || new Set(positions.map((p) => asNumber(p.value))).size < 2) continue;
    const { evolving, ordered } = evolution(positions, published);
    out.push(toFinding({ about: `how many ${surface.get(noun) ?? noun}: ${group.text}`, kind: 'number', evolving, positions: ordered }));
  }
  return out;
}

function dateConflicts(group: FactGroup): ConflictFinding[] {
  const entries = group.units.flatMap((unit) =>
    unit.dates.filter((d) => d.value !== null && d.precision === 'day').map((d) => ({ value: d.value ?? '', unit })),
  );
  const positions = positionsOf(entries);
  if (positions.length < 2) return [];
  return [toFinding({ about: `when: ${group.text}`, kind: 'date', evolving: false, positions })];
}

/** Number and date conflicts in every fact. */
export function valueConflicts(groups: readonly FactGroup[], published: ReadonlyMap<string, string | null>): ConflictFinding[] {
  return groups.flatMap((g) => (g.evidence.length < 2 ? [] : [...numberConflicts(g, published), ...dateConflicts(g)]));
}
