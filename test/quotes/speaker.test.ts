import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultQuotesOptions, findQuotes } from '../../src/quotes/index.ts';
import type { ArticleEntity } from '../../src/types.ts';

function speakers(text: string, entities: readonly ArticleEntity[] = []): (string | null)[] {
  return findQuotes({ text, paragraphs: [], sentences: [], entities }, defaultQuotesOptions).quotes.map((q) => q.speaker?.name ?? null);
}

test('“…,” X said and “…,” said X', () => {
  assert.deepEqual(speakers('“The line is open,” Dana Whitfield said. “Trains run again,” said Omar Reyes.'), ['Dana Whitfield', 'Omar Reyes']);
});

test('X said: “…” and X told Y: “…” give X, never Y', () => {
  assert.deepEqual(speakers('Dana Whitfield said: “We are done.” Later Omar Reyes told Dana Whitfield: “Not yet.”'), ['Dana Whitfield', 'Omar Reyes']);
});

test('“…,” X told Y gives X', () => {
  assert.deepEqual(speakers('“Sign it today,” Omar Reyes told Dana Whitfield.'), ['Omar Reyes']);
});

test('according to X', () => {
  assert.deepEqual(speakers('The deal is “almost done,” according to Lena Brody.'), ['Lena Brody']);
});

test('a surname resolves to the full name written earlier', () => {
  assert.deepEqual(speakers('Finance minister Lena Brody spoke first.\n\n“The budget holds,” Brody said.'), ['Lena Brody']);
});

test('“…,” he told Y resolves to the previous subject, not to Y', () => {
  const text = 'Omar Reyes met Lena Brody on Monday.\n\nReyes said the talks had stalled.\n\n“We need more time,” he told Brody.';
  assert.deepEqual(speakers(text), ['Omar Reyes']);
});

test('a description resolves by demonym and role', () => {
  const text = 'Kenyan President Amara Odhiambo met Chilean Foreign Minister Lucas Ferrer in Lisbon.\n\n' +
    'The Chilean minister later said: “We agreed on the fishing rules.”\n\n“The rules protect both fleets,” the Kenyan president added.';
  assert.deepEqual(speakers(text), ['Lucas Ferrer', 'Amara Odhiambo']);
});

test('participles take the subject of their sentence', () => {
  assert.deepEqual(speakers('Lena Brody thanked the volunteers, adding, “This town owes you.”'), ['Lena Brody']);
});

test('entities from the nlp stage give the canonical name and the entity id', () => {
  const text = '“We will appeal,” Brody said.';
  const entity: ArticleEntity = { id: 'e1', name: 'Lena Brody', type: 'person', aliases: ['Brody'], roles: [], mentions: [{ start: 19, end: 24 }] };
  const q = findQuotes({ text, paragraphs: [], sentences: [], entities: [entity] }, defaultQuotesOptions).quotes[0];
  assert.equal(q?.speaker?.name, 'Lena Brody');
  assert.equal(q?.speaker?.entity, 'e1');
});

test('a quote signed after a dash', () => {
  assert.deepEqual(speakers('“Best night of my life.” — Priscila Ansah, a first-time voter'), ['Priscila Ansah']);
});

test('“…,” Name + any tensed verb reports the quote (barked, fumed, asks)', () => {
  assert.deepEqual(speakers('The hall went quiet. “Sit down,” Dana Whitfield barked at the crowd.'), ['Dana Whitfield']);
  assert.deepEqual(speakers('The hall went quiet. “Who is next?” Omar Reyes asks the room.'), ['Omar Reyes']);
});

test('a quote ending with a full stop is not handed to a name and a plain verb after it', () => {
  assert.notDeepEqual(speakers('Omar Reyes spoke first. “The vote is over.” Dana Whitfield walked out.'), ['Dana Whitfield']);
});

test('As X put it: “…” gives X although `as` usually takes an object', () => {
  assert.deepEqual(speakers('The mood changed fast.\n\nAs Professor Lina Ortega put it: “The old rules are gone.”'), ['Lina Ortega']);
});
