import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeStory, checkSupport, defaultFactsOptions } from '../../src/facts/index.ts';
import { bridgeStory, compatibleStory } from '../fixtures/facts/stories.ts';

const facts = analyzeStory(bridgeStory(), defaultFactsOptions);

function factWith(words: string) {
  const found = facts.facts.find((f) => f.evidence.some((e) => e.sentence.includes(words)));
  assert.ok(found, `no fact with "${words}"`);
  return found;
}

test('a wire copy counts once: the original stands for it', () => {
  const meeting = factWith('met Mayor Ada Okafor');
  assert.ok(!meeting.articles.includes('lantern-copy'));
  assert.deepEqual(new Set(meeting.articles), new Set(['lantern', 'courier']));
});

test('a paraphrased fact is aligned across two articles', () => {
  const flood = factWith('flood defences');
  assert.deepEqual(new Set(flood.articles), new Set(['lantern', 'courier']));
  assert.ok(flood.evidence.some((e) => e.sentence.includes('flood defenses')));
  assert.equal(flood.status, 'corroborated');
});

test('a number conflict between sources', () => {
  const conflict = facts.conflicts.find((c) => c.kind === 'number');
  assert.ok(conflict, 'no number conflict');
  assert.deepEqual(conflict.positions.map((p) => p.value).sort(), ['40 million dollars', '50 million dollars']);
  assert.equal(conflict.evolving, false);
  assert.equal(factWith('cost 40 million').status, 'disputed');
});

test('a place conflict between sources', () => {
  const conflict = facts.conflicts.find((c) => c.kind === 'place');
  assert.ok(conflict, 'no place conflict');
  assert.deepEqual(conflict.positions.map((p) => p.value).sort(), ['Eastmere', 'Portvale']);
  assert.ok(conflict.positions.every((p) => p.evidence.length > 0));
});

test('a city and its country are not a conflict', () => {
  const result = analyzeStory(compatibleStory(), defaultFactsOptions);
  assert.equal(result.conflicts.filter((c) => c.kind === 'place').length, 0);
});

test('the timeline runs in date order and merges articles', () => {
  const dates = facts.timeline.map((t) => t.date);
  assert.deepEqual(dates, [...dates].sort());
  assert.ok(dates.includes('2027') && dates.includes('2030-04') && dates.includes('2030-05-04'));
  const day = facts.timeline.find((t) => t.date === '2030-05-04');
  assert.deepEqual(new Set(day?.articles), new Set(['lantern', 'courier']));
  assert.deepEqual(facts.eventDate, { value: '2030-05-04', precision: 'day' });
});

test('a bare quote is not a fact', () => {
  assert.ok(!facts.facts.some((f) => f.text.includes('proud day')));
});

test('coverage: unique and missing facts per article', () => {
  const courier = facts.coverage.find((c) => c.article === 'courier');
  const herald = facts.coverage.find((c) => c.article === 'herald');
  const rain = factWith('Heavy rain');
  assert.ok(courier?.unique.includes(rain.id));
  assert.ok(herald?.missing.includes(factWith('met Mayor Ada Okafor').id));
  assert.ok(!herald?.missing.includes(rain.id));
});

test('summary sentences are supported by the evidence of the facts they cite', () => {
  assert.ok(facts.summary.length >= 1);
  const ids = new Set(facts.facts.map((f) => f.id));
  for (const s of facts.summary) {
    assert.ok(s.facts.every((f) => ids.has(f)));
    const cited = facts.facts.filter((f) => s.facts.includes(f.id)).flatMap((f) => f.evidence.map((e) => e.sentence));
    assert.equal(checkSupport(s.text, cited).supported, true, s.text);
  }
  assert.ok(facts.headline.length > 0);
});

test('the headline names the event and its actors, not a detail', () => {
  assert.match(facts.headline, /Baptiste/);
  assert.match(facts.headline, /Okafor/);
  assert.match(facts.headline, /\b(?:met|welcomed)\b/);
  assert.doesNotMatch(facts.headline, /Portvale|Eastmere/, 'a disputed place is left out');
});

test('the summary has 3 to 6 sentences and 40 to 160 words when the story has enough', () => {
  const words = facts.summary.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
  assert.ok(facts.summary.length >= 3 && facts.summary.length <= 6, `${facts.summary.length} sentences`);
  assert.ok(words >= 40 && words <= 160, `${words} words`);
});

test('words common to many units still find candidates: a big story corroborates its repeated facts', () => {
  // With a posting cap of 1 every word of the paraphrase is "common"; lookups read the latest
  // posting before the unit instead of none, so the two articles still align.
  const capped = analyzeStory(bridgeStory(), { ...defaultFactsOptions, maxPostings: 1 });
  const flood = capped.facts.find((f) => f.evidence.some((e) => e.sentence.includes('flood defences')));
  assert.ok(flood, 'no flood fact');
  assert.deepEqual(new Set(flood.articles), new Set(['lantern', 'courier']));
  assert.equal(flood.status, 'corroborated');
});
