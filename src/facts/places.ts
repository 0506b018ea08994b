/**
 * Place granularity and containment from the world-countries data package: a country contains its
 * capital; two places are comparable only at the same granularity (city with city, country with
 * country), so "Lyon" and "France", or "Bergen" and "Norway", never disagree.
 */
import { createRequire } from 'node:module';

interface CountryRecord {
  readonly name: { readonly common: string; readonly official: string };
  readonly capital: readonly string[];
  readonly altSpellings: readonly string[];
}

export interface PlaceKnowledge {
  /** Lower-case country name or spelling → common name. */
  readonly countries: ReadonlyMap<string, string>;
  /** Lower-case capital → its country's common name. */
  readonly capitals: ReadonlyMap<string, string>;
}

/** Builds the tables from country records (pure; tests pass small lists). */
export function placeKnowledge(records: readonly CountryRecord[]): PlaceKnowledge {
  const countries = new Map<string, string>();
  const capitals = new Map<string, string>();
  for (const record of records) {
    const name = record.name.common;
    for (const spelling of [name, record.name.official, ...record.altSpellings.filter((s) => s.length > 3)]) {
      countries.set(spelling.toLowerCase(), name);
    }
    for (const capital of record.capital) capitals.set(capital.toLowerCase(), name);
  }
  return { countries, capitals };
}

/** Reads the world-countries package (called once per analysis, not at import). */
export function loadPlaceKnowledge(): PlaceKnowledge {
  try {
    const require = createRequire(import.meta.url);
    return placeKnowledge(require('world-countries') as readonly CountryRecord[]);
  } catch {
    return { countries: new Map(), capitals: new Map() };
  }
}

export type Granularity = 'country' | 'local';

export function granularityOf(name: string, places: PlaceKnowledge): Granularity {
  return places.countries.has(name.toLowerCase()) ? 'country' : 'local';
}

/** True when the two names can both be right: the same, one inside the other, or not comparable. */
export function compatiblePlaces(a: string, b: string, places: PlaceKnowledge): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (granularityOf(a, places) !== granularityOf(b, places)) return true;
  const countryOf = (p: string): string | undefined => places.countries.get(p) ?? places.capitals.get(p);
  return countryOf(x) !== undefined && countryOf(x) === countryOf(y) && granularityOf(a, places) === 'country';
}
