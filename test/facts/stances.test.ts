import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACCEPT, OFFER, REFUSE, exchangeStance, stancesClash } from '../../src/facts/stances.ts';

test('a clause states an offer, an acceptance or a refusal by its verbs', () => {
  assert.equal(exchangeStance('Talbot extended an invitation to Quell to visit Dunmoor.'), OFFER);
  assert.equal(exchangeStance('The ministry offered to host the talks.'), OFFER);
  assert.equal(exchangeStance('Quell accepted the invitation.'), ACCEPT);
  assert.equal(exchangeStance('Quell agreed to the plan.'), ACCEPT);
  assert.equal(exchangeStance('Quell turned down the invitation.'), REFUSE);
  assert.equal(exchangeStance('Quell accepted the invitation Talbot extended.'), OFFER | ACCEPT);
  // Nouns and other senses are not the verbs: an agreement is not "agreed to".
  assert.equal(exchangeStance('The two signed an agreement and an invitation list.'), 0);
});

test('stances clash only when each clause states one, and they differ', () => {
  assert.ok(stancesClash(OFFER, ACCEPT));
  assert.ok(stancesClash(ACCEPT, REFUSE));
  assert.ok(!stancesClash(ACCEPT, ACCEPT));
  assert.ok(!stancesClash(OFFER | ACCEPT, ACCEPT), 'a clause stating both sides clashes with neither');
  assert.ok(!stancesClash(0, OFFER));
  // Other flags in the same bit set are ignored.
  assert.ok(!stancesClash(1 | ACCEPT, 2 | ACCEPT));
});
