/** Shared helpers for conflicts: a value's position (its articles and evidence) and conflict ids. */
import { contentId } from '../shared/hash.ts';
import type { BriefConflict } from '../types.ts';
import type { ClaimUnit } from './model.ts';

export interface Position {
  readonly value: string;
  readonly units: readonly ClaimUnit[];
}

/** A conflict and the claim units behind its positions (their facts become disputed). */
export interface ConflictFinding {
  readonly conflict: BriefConflict;
  readonly units: readonly ClaimUnit[];
}

/** Collects value → units, one unit per source, keeping only sources that give exactly one value. */
export function positionsOf(entries: readonly { value: string; unit: ClaimUnit }[]): Position[] {
  const valuesBySource = new Map<string, Set<string>>();
  for (const e of entries) {
    const set = valuesBySource.get(e.unit.source) ?? new Set<string>();
    set.add(e.value);
    valuesBySource.set(e.unit.source, set);
  }
  const byValue = new Map<string, Map<string, ClaimUnit>>();
  for (const e of entries) {
    if ((valuesBySource.get(e.unit.source)?.size ?? 0) !== 1) continue;
    const units = byValue.get(e.value) ?? new Map<string, ClaimUnit>();
    if (!units.has(e.unit.source)) units.set(e.unit.source, e.unit);
    byValue.set(e.value, units);
  }
  return [...byValue.entries()].map(([value, units]) => ({
    value,
    units: [...units.values()].sort((a, b) => a.articleOrder - b.articleOrder),
  }));
}

export interface ConflictInit {
  readonly about: string;
  readonly kind: BriefConflict['kind'];
  readonly evolving: boolean;
  readonly positions: readonly Position[];
}

/** The contract form of a conflict with its positions' articles and evidence sentences. */
export function toFinding(init: ConflictInit): ConflictFinding {
  const positions = init.positions.map((p) => ({
    value: p.value,
    articles: [...new Set(p.units.map((u) => u.article))],
    evidence: p.units.map((u) => ({ article: u.article, sentence: u.sentence })),
  }));
  const values = positions.map((p) => p.value).sort();
  return {
    conflict: {
      id: contentId('conflict', init.kind, init.about, ...values),
      about: init.about,
      kind: init.kind,
      evolving: init.evolving,
      positions,
    },
    units: init.positions.flatMap((p) => p.units),
  };
}
