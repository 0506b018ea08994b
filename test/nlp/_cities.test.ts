import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCities } from '../../src/nlp/_cities.ts';

test('only the cities the filter keeps are read, with their names', () => {
  const seen: string[] = [];
  const big = readCities((city) => {
    seen.push(city.name);
    return city.population >= 5_000_000;
  });
  assert.ok(big.length > 10 && big.length < 500, `${big.length} cities`);
  assert.ok(big.every((c) => c.population >= 5_000_000 && c.name.length > 0));
  assert.ok(seen.length > 100_000 && seen.every((name) => name === ''), 'the filter runs before names are decoded');
  const capitals = readCities((city) => city.featureCode === 'PPLC');
  assert.ok(capitals.length > 150, `${capitals.length} capitals`);
});
