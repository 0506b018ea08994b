import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compatiblePlaces, loadPlaceKnowledge, placeKnowledge } from '../../src/facts/places.ts';

const small = placeKnowledge([
  { name: { common: 'Norland', official: 'Republic of Norland' }, capital: ['Ostberg'], altSpellings: ['NL'] },
]);

test('a city and its country are compatible', () => {
  assert.equal(compatiblePlaces('Ostberg', 'Norland', small), true);
  assert.equal(compatiblePlaces('Republic of Norland', 'Norland', small), true);
});

test('two different cities are not', () => {
  assert.equal(compatiblePlaces('Ostberg', 'Westhaven', small), false);
});

test('the country data package loads', () => {
  const world = loadPlaceKnowledge();
  assert.ok(world.countries.has('france'));
  assert.equal(compatiblePlaces('Paris', 'France', world), true);
});
