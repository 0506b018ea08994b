import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numberSlots } from '../../src/facts/numbers.ts';

function slots(text: string) {
  return numberSlots(text, { offset: 0, skip: [] }).map((s) => ({ value: s.value, noun: s.noun, predicate: s.predicates[0] ?? '', text: s.text }));
}

test('the counted noun is the head of the phrase after the number, with the verb before it', () => {
  const [slot] = slots('The councils will fund 35 new river survey boats this year.');
  assert.equal(slot?.value, '35');
  assert.equal(slot?.noun, 'boat');
  assert.equal(slot?.predicate, 'fund');
  assert.equal(slot?.text, '35 new river survey boats');
});

test('number words, multipliers and percentages are values', () => {
  assert.equal(slots('They pledged forty boats.')[0]?.value, '40');
  assert.equal(slots('They pledged forty-two boats.')[0]?.value, '42');
  assert.equal(slots('The dam cost 1.5 million crowns.')[0]?.value, '1500000');
  assert.equal(slots('The dam cost 1.5 million crowns.')[0]?.noun, slots('It cost 3 crowns.')[0]?.noun);
  const percent = slots('Grain sales fell by 8% in spring.')[0];
  const words = slots('Grain sales fell by 8 percent in spring.')[0];
  assert.deepEqual([percent?.value, percent?.noun], ['8', 'percent']);
  assert.deepEqual([words?.value, words?.noun], ['8', 'percent']);
});

test('a participle after the noun is the predicate of a toll', () => {
  const [slot] = slots('At least 12 villagers were reportedly killed in the landslide.');
  assert.equal(slot?.value, '12');
  assert.equal(slot?.predicate, slots('The landslide killed 3 villagers.')[0]?.predicate);
  assert.notEqual(slots('Nine villagers were injured.')[0]?.predicate, slot?.predicate);
});

test('ordinals, codes, references and durations are not counts', () => {
  assert.deepEqual(slots('They marked the 75th anniversary with Z-300 drones.'), []);
  assert.deepEqual(slots('The two mayors met again.'), []);
  assert.equal(slots('After three years of talks they agreed.')[0]?.noun ?? '', '');
  assert.deepEqual(slots('One of the boats sank.'), []);
});
