import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSocialLine, removeSocial } from '../../src/clean/social.ts';

test('share, follow, newsletter, app and cookie lines', () => {
  for (const line of [
    'Share this article',
    'Follow us on Instagram',
    'Sign up for our daily newsletter',
    'Subscribe now',
    'We use cookies to improve your experience.',
    'Facebook Twitter WhatsApp Email',
    'Download our app',
    'Click here to subscribe',
  ]) {
    assert.ok(isSocialLine(line), line);
  }
});

test('sentences about networks stay', () => {
  for (const line of [
    'The mayor posted the plan on Facebook and Twitter on Monday.',
    'Readers can follow the debate online.',
    'Twitter',
    'Subscribers to the service complained about outages.',
  ]) {
    assert.ok(!isSocialLine(line), line);
  }
});

test('long paragraphs are never removed as social', () => {
  const text = `Follow us on X, the council said, before it announced ${'a very long list of measures '.repeat(8)}.`;
  assert.equal(removeSocial([{ type: 'paragraph', text }]).removed.length, 0);
});
