import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGazetteer, lookupPlace } from '../../src/nlp/gazetteer.ts';

const gazetteer = buildGazetteer({
  countries: [{
    name: { common: 'Freedonia', official: 'Republic of Freedonia' }, capital: ['Fredville'],
    altSpellings: ['FD', 'Freedonie'], demonyms: { eng: { f: 'Freedonian', m: 'Freedonian' } },
  }],
  cities: [
    { name: 'Bigport', population: 2_000_000, featureCode: 'PPLA' },
    { name: 'Smallton', population: 20_000, featureCode: 'PPL' },
  ],
  minCityPopulation: 500_000,
});

test('countries, capitals, spellings and large cities are places', () => {
  assert.equal(lookupPlace(gazetteer, 'Freedonia'), 'Freedonia');
  assert.equal(lookupPlace(gazetteer, 'Republic of Freedonia'), 'Freedonia');
  assert.equal(lookupPlace(gazetteer, 'Freedonie'), 'Freedonia');
  assert.equal(lookupPlace(gazetteer, 'Fredville'), 'Fredville');
  assert.equal(lookupPlace(gazetteer, 'Bigport'), 'Bigport');
  assert.equal(lookupPlace(gazetteer, 'Smallton'), undefined);
  assert.equal(lookupPlace(gazetteer, 'FD'), undefined);
});

test('demonyms map to their country and back', () => {
  assert.equal(gazetteer.demonyms.get('freedonian'), 'Freedonia');
  assert.equal(gazetteer.demonymOf.get('Freedonia'), 'Freedonian');
});

test('regions with a compass word, and capitalised country abbreviations only', () => {
  assert.equal(lookupPlace(gazetteer, 'West Africa'), 'West Africa');
  assert.equal(lookupPlace(gazetteer, 'U.S.'), 'United States');
  assert.equal(lookupPlace(gazetteer, 'us'), undefined);
});
