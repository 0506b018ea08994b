import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../../src/brief/index.ts';
import { analyzeStory, defaultFactsOptions } from '../../src/facts/index.ts';
import { schemaErrors } from '../_support/schema.ts';
import { bridgeStory, compatibleStory } from '../fixtures/facts/stories.ts';

function brief(context = bridgeStory()) {
  return buildBrief(context, analyzeStory(context, defaultFactsOptions));
}

test('every brief validates against the contract schema', () => {
  for (const context of [bridgeStory(), compatibleStory()]) {
    const errors = schemaErrors({ schema: 'newsdesk/briefs@1', stories: [brief(context)] });
    assert.deepEqual(errors, []);
  }
});

test('the brief id is stable and articles keep their duplicate link', () => {
  const one = brief();
  assert.equal(one.id, brief().id);
  assert.equal(one.articles.find((a) => a.id === 'lantern-copy')?.duplicateOf, 'lantern');
  assert.equal(one.articles.length, 4);
});

test('entities come from the story, most widely reported first', () => {
  const { entities } = brief();
  assert.ok(entities.length >= 3);
  assert.ok((entities[0]?.articles.length ?? 0) >= (entities.at(-1)?.articles.length ?? 0));
});
