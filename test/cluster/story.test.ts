import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createStory, nameRank } from '../../src/cluster/story.ts';

test('name ranks order story ids as the ids sort', () => {
  const ids = Array.from({ length: 500 }, (_, i) => createStory(`article-${i}`, i, i).id);
  const byId = [...ids].sort();
  const byRank = [...ids].sort((a, b) => nameRank(a) - nameRank(b));
  assert.deepEqual(byRank, byId);
  assert.ok(ids.every((id) => Number.isSafeInteger(nameRank(id))));
  assert.ok(nameRank('00000000000000ff') === nameRank('0000000000000000'), 'the last three digits are left to the ids');
});
