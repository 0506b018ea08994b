// Types and roles the second round fixed: portfolio titles, place heads, list context, events.
// Every sentence is invented for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLanguage, createNlp } from '../../src/nlp/index.ts';
import type { ArticleEntity } from '../../src/types.ts';
import { decideType } from '../../src/nlp/entity-types.ts';
import { articleOf } from './_seeds.ts';

const nlp = createNlp();

function entitiesOf(...lines: string[]): ArticleEntity[] {
  return [...analyzeLanguage(nlp, articleOf('case', lines.join('\n')), { referenceDate: null }).entities];
}

function find(entities: readonly ArticleEntity[], name: string): ArticleEntity {
  const found = entities.find((e) => e.name === name);
  assert.ok(found, `no entity ${name} in ${entities.map((e) => `${e.name}/${e.type}`).join(', ')}`);
  return found;
}

test('a demonym, a portfolio and an office before a name are the role, not an organisation', () => {
  const entities = entitiesOf(
    'Danish Agriculture Minister Mette Lindqvist met Peruvian Transport Minister Carlos Quispe in Lima.',
    'Icelandic Aquaculture Minister Sigrun Dalsdottir joined them, with Secretary of State Helena Marsh.',
  );
  const lindqvist = find(entities, 'Mette Lindqvist');
  assert.equal(lindqvist.type, 'person');
  assert.deepEqual(lindqvist.roles, ['Agriculture Minister', 'Danish Agriculture Minister']);
  assert.ok(find(entities, 'Carlos Quispe').roles.includes('Peruvian Transport Minister'));
  assert.ok(find(entities, 'Sigrun Dalsdottir').roles.includes('Icelandic Aquaculture Minister'));
  assert.deepEqual(find(entities, 'Helena Marsh').roles, ['Secretary of State']);
  for (const wrong of ['Danish Agriculture', 'Peruvian Transport', 'Icelandic Aquaculture', 'State Helena Marsh']) {
    assert.equal(entities.find((e) => e.name === wrong), undefined, wrong);
  }
});

test('a portfolio word at the start of a sentence is no name without an office after it', () => {
  const entities = entitiesOf('Water levels fell across the valley. Security was tight at the harbour.');
  assert.deepEqual(entities.map((e) => e.name), []);
});

test('"X region", "X province" and "X Region" name places', () => {
  const entities = entitiesOf(
    'The fleet sailed from the Vardal region to the Ostmark province, then on to the Korsa Valley and the Nerin Region.',
  );
  for (const name of ['Vardal', 'Ostmark', 'Korsa Valley', 'Nerin Region']) assert.equal(find(entities, name).type, 'place', name);
});

test('an unknown name listed with known places is a place, and so is "A & B" once a part is', () => {
  const entities = entitiesOf(
    'Aid went to regions including Chile and Vestoria, and officials said Ardmark & Vestoria needed more.',
    'Traders from Norway, Kelvoria and Peru attended.',
  );
  assert.equal(find(entities, 'Vestoria').type, 'place');
  assert.equal(find(entities, 'Ardmark & Vestoria').type, 'place');
  assert.equal(find(entities, 'Kelvoria').type, 'place');
});

test('a lone surname stays with its person even when listed next to a place', () => {
  const entities = entitiesOf(
    'Minister Ola Brekke arrived on Sunday.',
    'The delegates toured Chile and Brekke toured the port.',
  );
  const brekke = find(entities, 'Ola Brekke');
  assert.equal(brekke.type, 'person');
  assert.ok(brekke.aliases.includes('Brekke'));
});

test('a comma alone, without "and" closing a list, is no list', () => {
  const entities = entitiesOf('Talks in Chile, Halvard said, went well.');
  assert.notEqual(entities.find((e) => e.name === 'Halvard')?.type, 'place');
});

test('wars, eras, games and summits are events: type other', () => {
  const entities = entitiesOf(
    'Historians compared the pact to the Cold War and to the Great Northern War of Attrition against Borduria.',
    'The Winter Olympics, the Coastal Games and the Fjord Summit drew crowds, as did World War II films.',
  );
  for (const name of ['Cold War', 'Great Northern War of Attrition', 'Winter Olympics', 'Coastal Games', 'Fjord Summit', 'World War II']) {
    assert.equal(find(entities, name).type, 'other', name);
  }
});

test('a strong event vote beats weaker organisation or person evidence', () => {
  assert.equal(decideType([{ type: 'other', strength: 3 }, { type: 'person', strength: 1 }]), 'other');
  assert.equal(decideType([{ type: 'other', strength: 3 }, { type: 'organization', strength: 3 }]), 'organization');
  assert.equal(decideType([{ type: 'other', strength: 0 }]), 'other');
});
