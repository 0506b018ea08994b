/**
 * Place conflicts: the same people, at the time of the main event, put in different places of the
 * same granularity by different sources ("met in X" / "in Y"), read from "in/at X" slots. Compatible
 * places (a capital and its country, a city and a country) are not conflicts.
 */
import type { ClaimUnit } from './model.ts';
import { compatiblePlaces, granularityOf, type PlaceKnowledge } from './places.ts';
import { positionsOf, toFinding, type ConflictFinding } from './positions.ts';

const NEAR_DAYS = 2;

/** True when none of the unit's dates points away from the main event. */
function atEventTime(unit: ClaimUnit, eventDate: string | null): boolean {
  if (eventDate === null) return unit.dates.every((d) => d.value === null);
  const event = Date.parse(eventDate.length === 10 ? eventDate : `${eventDate.slice(0, 7)}-01`);
  return unit.dates.every((d) => {
    if (d.value === null) return true;
    if (d.precision !== 'day') return eventDate.startsWith(d.value);
    return Math.abs(Date.parse(d.value) - event) <= NEAR_DAYS * 86_400_000;
  });
}

function pairsOf(actors: readonly string[]): string[] {
  const sorted = [...actors].sort();
  const out: string[] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    for (let j = i + 1; j < sorted.length; j += 1) out.push(`${sorted[i]}|${sorted[j]}`);
  }
  return out;
}

function conflictingValues(values: readonly string[], places: PlaceKnowledge): boolean {
  return values.some((a, i) => values.slice(i + 1).some((b) => !compatiblePlaces(a, b, places)));
}

export interface PlaceConflictInput {
  readonly units: readonly ClaimUnit[];
  readonly eventDate: string | null;
  readonly places: PlaceKnowledge;
  /** StoryEntity id → name. */
  readonly names: ReadonlyMap<string, string>;
}

/** Place conflicts over the story's claim units. */
export function placeConflicts(input: PlaceConflictInput): ConflictFinding[] {
  const buckets = new Map<string, { value: string; unit: ClaimUnit }[]>();
  for (const unit of input.units) {
    if (unit.places.length === 0 || unit.actors.length < 2 || !atEventTime(unit, input.eventDate)) continue;
    for (const pair of pairsOf(unit.actors)) {
      const list = buckets.get(pair) ?? [];
      for (const place of unit.places) {
        if (granularityOf(place.name, input.places) === 'local') list.push({ value: place.name, unit });
      }
      buckets.set(pair, list);
    }
  }
  const found = new Map<string, ConflictFinding>();
  for (const [pair, entries] of buckets) {
    const positions = positionsOf(entries).sort((a, b) => b.units.length - a.units.length);
    if (positions.length < 2 || !conflictingValues(positions.map((p) => p.value), input.places)) continue;
    const [a, b] = pair.split('|').map((id) => input.names.get(id) ?? id);
    const finding = toFinding({ about: `where ${a} and ${b} were`, kind: 'place', evolving: false, positions });
    const key = positions.map((p) => p.value).sort().join('|');
    if (!found.has(key)) found.set(key, finding);
  }
  return [...found.values()];
}
