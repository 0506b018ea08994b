/**
 * Invented news reports for the store tests: a seeded generator writes plain-text articles about a
 * handful of made-up events (place names, people and topic words per event), several per event.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng, type Random } from '../../src/shared/random.ts';

const SYLLABLES = 'ba ke lo mi nu ra so ti ve za dor mel tan vik hal bren'.split(' ');
const VERBS = ['opened', 'closed', 'approved', 'rejected', 'announced', 'delayed', 'funded', 'inspected'];
const NOUNS = ['plant', 'bridge', 'harbour', 'school', 'railway', 'clinic', 'reservoir', 'market', 'tunnel', 'airport'];

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;

function name(random: Random): string {
  const word = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES, random)).join('');
  return word[0]!.toUpperCase() + word.slice(1);
}

interface Event {
  readonly place: string;
  readonly person: string;
  readonly office: string;
  readonly noun: string;
  readonly verb: string;
  readonly amount: number;
  readonly day: number;
}

function makeEvent(random: Random): Event {
  return {
    place: name(random),
    person: `${name(random)} ${name(random)}`,
    office: `${name(random)} Council`,
    noun: pick(NOUNS, random),
    verb: pick(VERBS, random),
    amount: 10 + Math.floor(random() * 90),
    day: 1 + Math.floor(random() * 20),
  };
}

function sentences(event: Event, random: Random): string[] {
  const e = event;
  const all = [
    `Officials in ${e.place} ${e.verb} the new ${e.noun} on Monday after months of debate.`,
    `${e.person}, who leads the ${e.office}, said the ${e.noun} would serve about ${e.amount} thousand residents.`,
    `The ${e.office} put the cost of the ${e.noun} at ${e.amount} million.`,
    `Residents of ${e.place} had waited years for the ${e.noun}, ${e.person} told reporters.`,
    `Critics in ${e.place} said the ${e.noun} plan ignored the needs of nearby villages.`,
    `Work on the ${e.noun} in ${e.place} is expected to continue into next year.`,
    `The decision on the ${e.place} ${e.noun} was taken by a vote of the ${e.office}.`,
  ];
  return all.filter(() => random() < 0.8);
}

/** Writes `count` articles about `events` made-up events into `dir`; returns their paths. */
export function writeGeneratedCorpus(dir: string, count: number, options: { seed: number; events: number }): string[] {
  const random = prng(options.seed);
  const events = Array.from({ length: options.events }, () => makeEvent(random));
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const event = events[i % events.length]!;
    const date = `2031-05-${String(event.day + Math.floor(random() * 3)).padStart(2, '0')}`;
    const body = sentences(event, random).join('\n\n');
    const path = join(dir, `report-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, `date ${date}\n${body}\n\nReport ${i} by the ${pick(SYLLABLES, random)} desk.\n`);
    paths.push(path);
  }
  return paths;
}
