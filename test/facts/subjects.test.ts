import { test } from 'node:test';
import assert from 'node:assert/strict';
import { subjectOf, subjectsDiffer } from '../../src/facts/subjects.ts';
import type { EntityMention } from '../../src/facts/entity-index.ts';

function mentionsIn(text: string, names: Record<string, string>): EntityMention[] {
  return Object.entries(names).flatMap(([name, id]) =>
    [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ span: { start: m.index ?? 0, end: (m.index ?? 0) + name.length }, entity: id, type: 'person' as const, name })),
  ).sort((a, b) => a.span.start - b.span.start);
}

function subject(text: string, previous: string[] = []) {
  const mentions = mentionsIn(text, { Quell: 'q', Talbot: 't' });
  return subjectOf({ text, span: { start: 0, end: text.length }, mentions, mainPeople: ['q', 't'], roles: new Map([['q', ['governor']]]), previous });
}

test('the subject after a leading phrase, not the object inside it', () => {
  assert.deepEqual(subject('Meeting Talbot at the harbour, Quell said the canal would reopen.').entities, ['q']);
  assert.deepEqual(subject('Governor Quell praised Talbot for his work.').entities, ['q']);
  assert.equal(subject('Governor Quell praised Talbot for his work.').phrase, 'Governor Quell');
});

test('pronouns, pairs and roles', () => {
  assert.deepEqual(subject('He reaffirmed the plan.', ['t']).entities, ['t']);
  assert.deepEqual(subject('The two leaders discussed tolls.').entities, ['q', 't']);
  assert.deepEqual(subject('Both countries will fund the work.').entities, []);
  assert.deepEqual(subject('The governor approved the budget.').entities, ['q']);
});

test('different subjects differ unless the same people take part', () => {
  assert.equal(subjectsDiffer({ subjects: ['q'], actors: ['q'] }, { subjects: ['t'], actors: ['t'] }), true);
  assert.equal(subjectsDiffer({ subjects: ['q'], actors: ['q', 't'] }, { subjects: ['t'], actors: ['t', 'q'] }), false);
  assert.equal(subjectsDiffer({ subjects: [], actors: [] }, { subjects: ['t'], actors: ['t'] }), false);
});
