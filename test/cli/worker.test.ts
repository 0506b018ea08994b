import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roundPolicy } from '../../src/cli/commands/worker.ts';
import { UsageError } from '../../src/cli/commands/common.ts';
import { runCli } from '../_support/cli.ts';

test('--rounds picks the story rounds; without it NEWSDESK_QUICK_ROUNDS does, quick by default', () => {
  assert.deepEqual(roundPolicy(undefined, {}), { quickRounds: true, refineAtDrain: true });
  assert.deepEqual(roundPolicy('full', {}), { quickRounds: false, refineAtDrain: true });
  assert.deepEqual(roundPolicy('drain', {}), { quickRounds: true, refineAtDrain: false });
  assert.deepEqual(roundPolicy(undefined, { NEWSDESK_QUICK_ROUNDS: '0' }), { quickRounds: false, refineAtDrain: true });
  assert.deepEqual(roundPolicy(undefined, { NEWSDESK_QUICK_ROUNDS: 'drain' }), { quickRounds: true, refineAtDrain: false });
  // The flag wins over the environment.
  assert.deepEqual(roundPolicy('quick', { NEWSDESK_QUICK_ROUNDS: '0' }), { quickRounds: true, refineAtDrain: true });
  assert.throws(() => roundPolicy('sometimes', {}), UsageError);
});

test('a worker with an unknown --rounds stops with a usage error before connecting anywhere', async () => {
  // Nothing listens on port 9: a worker that tried to connect would fail differently.
  const result = await runCli(['worker', '--queue', 'nats://127.0.0.1:9', '--db', 'postgres://127.0.0.1:9/none', '--rounds', 'sometimes']);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /--rounds takes quick, full, drain, not "sometimes"/);
});
