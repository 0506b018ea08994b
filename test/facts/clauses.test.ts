import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitClauses } from '../../src/facts/clauses.ts';

const pieces = (s: string, long = 20) => splitClauses(s, long).map((c) => ({ text: s.slice(c.start, c.end), predicate: c.predicate }));

test('"not X, but Y" stays one claim', () => {
  const s = 'The new levy is not meant to punish small ferry operators, but rather to fund the harbour dredging work.';
  assert.equal(pieces(s).length, 1);
});

test('", and" inside a list does not split', () => {
  const s = 'Their talks covered the situation in Dunmoor, Halbrook, and the Eastmere valley, as well as the long dispute over tolls.';
  assert.equal(pieces(s).length, 1);
});

test('a second verb in a long sentence is a bare predicate; a new subject after "but" is a clause', () => {
  const s = 'The council said the river authority had reviewed the old embankment plans and approved the emergency repair budget for the eastern district.';
  const parts = pieces(s);
  assert.equal(parts.length, 2);
  assert.equal(parts[1]?.predicate, true);
  assert.ok(parts[1]?.text.startsWith('approved'));
  const t = pieces('The mayor welcomed the new ferry timetable for the winter months, but the unions rejected the shorter crossing schedule outright.');
  assert.equal(t.length, 2);
  assert.ok(t[1]?.text.startsWith('the unions'));
});
