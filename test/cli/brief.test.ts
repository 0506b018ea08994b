import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../_support/cli.ts';
import { schemaErrors } from '../_support/schema.ts';
import type { Brief } from '../../src/types.ts';

const DEMO = 'examples/salmon-accord';
const SEEDS = '../shared/corpus/seeds';

async function briefs(paths: string[]): Promise<Brief[]> {
  const result = await runCli(['brief', ...paths, '--format', 'json']);
  assert.equal(result.code, 0, result.stderr);
  const doc = JSON.parse(result.stdout) as { schema: string; stories: Brief[] };
  assert.equal(doc.schema, 'newsdesk/briefs@1');
  assert.deepEqual(schemaErrors(doc), []);
  return doc.stories;
}

test('the demo corpus is one story whose wire reprint counts once', async () => {
  const stories = await briefs([DEMO]);
  assert.equal(stories.length, 1);
  const story = stories[0]!;
  assert.equal(story.articles.length, 5);
  const duplicate = story.articles.find((a) => a.duplicateOf !== null);
  assert.ok(duplicate, 'the reprint is marked as a duplicate');
  for (const fact of story.facts) assert.ok(!fact.articles.includes(duplicate.id), `duplicate counted in: ${fact.text}`);
  assert.ok(story.summary.length >= 3 && story.summary.length <= 6, `summary has ${story.summary.length} sentences`);
});

test('the seeds are one story dated 2025-09-02 with the Beijing/Tianjin place conflict', async () => {
  const stories = await briefs([SEEDS]);
  assert.equal(stories.length, 1);
  const story = stories[0]!;
  assert.equal(story.articles.length, 5);
  assert.equal(story.eventDate?.value, '2025-09-02');
  const place = story.conflicts.find((c) => c.kind === 'place');
  assert.ok(place, 'a place conflict');
  assert.deepEqual(place.positions.map((p) => p.value).sort(), ['Beijing', 'Tianjin']);
});

test('in the seeds, the acceptance of an invitation is one fact and the invitation another', async () => {
  const [story] = await briefs([SEEDS]);
  const accepted = story!.facts.find((f) => f.evidence.some((e) => /\baccepted\b/.test(e.sentence) && /invitation/.test(e.sentence)));
  assert.ok(accepted, 'a fact for the acceptance');
  assert.ok(accepted.articles.length >= 3, `the acceptance is reported by ${accepted.articles.length} articles`);
  for (const e of accepted.evidence) assert.doesNotMatch(e.sentence, /extended an invitation/, 'the invitation itself does not corroborate its acceptance');
});

test('in the seeds, sharing only a quoted phrase does not make two sentences one fact', async () => {
  const [story] = await briefs([SEEDS]);
  const quoted = story!.facts.find((f) => f.evidence.some((e) => e.sentence.includes('seen as “a balancing act in the region”')));
  assert.ok(quoted, 'a fact for the sentence quoting the phrase');
  for (const e of quoted.evidence) assert.doesNotMatch(e.sentence, /more than just a diplomatic courtesy/, 'commentary on the phrase is another claim');
});

test('html and md formats render every story', async () => {
  const html = await runCli(['brief', DEMO, '--format', 'html']);
  assert.equal(html.code, 0, html.stderr);
  assert.match(html.stdout, /^<!doctype html>/i);
  const md = await runCli(['brief', DEMO, '--format', 'md']);
  assert.equal(md.code, 0, md.stderr);
  assert.match(md.stdout, /^# /);
});
