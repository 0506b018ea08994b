/**
 * Who a claim is about, beyond its words: the story's two main people and its two main sides (the
 * places most articles name, with their capitals), the THIRD parties a clause names in a "with X" /
 * "between X" slot (a claim about ties with a third country, or a meeting with another leader, is a
 * different claim without that party), the SPECIFIC entities a clause names outside an attribution
 * ("according to X", "X reported"), and whether it states a meeting of the two main people with a
 * meeting verb ("met", "called on", "held talks", "engaged in dialogue").
 */
import type { Span, StoryContext, StoryEntity } from '../types.ts';
import type { EntityMention } from './entity-index.ts';
import type { PlaceKnowledge } from './places.ts';

export interface StoryParties {
  /** The story's two most central people (StoryEntity ids). */
  readonly people: readonly string[];
  /** The story's main sides: its two most central places and the places inside them (capitals). */
  readonly sides: ReadonlySet<string>;
  /** Entity id → type, for telling organisations from places. */
  readonly types: ReadonlyMap<string, StoryEntity['type']>;
}

function central(entities: readonly StoryEntity[], type: StoryEntity['type']): StoryEntity[] {
  return entities
    .filter((e) => e.type === type)
    .sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || (a.id < b.id ? -1 : 1))
    .slice(0, 2);
}

/** The story's main people and sides. */
export function storyParties(context: StoryContext, places: PlaceKnowledge): StoryParties {
  const people = central(context.entities, 'person').map((e) => e.id);
  const mainPlaces = central(context.entities, 'place');
  const countries = new Set(mainPlaces.map((p) => places.countries.get(p.name.toLowerCase()) ?? p.name.toLowerCase()));
  const inside = context.entities.filter((e) => {
    const country = places.capitals.get(e.name.toLowerCase()) ?? places.countries.get(e.name.toLowerCase());
    return e.type === 'place' && country !== undefined && countries.has(country);
  });
  const sides = new Set([...mainPlaces, ...inside].map((e) => e.id));
  return { people, sides, types: new Map(context.entities.map((e) => [e.id, e.type])) };
}

/** A "with"/"between" slot just before a name (titles and a possessive country may stand between). */
const PARTY_SLOT = /\b(?:with|between)\s+(?:(?:the|a)\s+)?(?:\p{Lu}[\p{L}.’'-]*(?:['’]s)?\s+){0,4}$/u;

/** Entities in a "with X" slot that are neither the main people nor the main sides. */
export function thirdPartiesOf(text: string, span: Span, mentions: readonly EntityMention[], parties: StoryParties): string[] {
  const out = new Set<string>();
  for (const m of mentions) {
    if (parties.people.includes(m.entity) || parties.sides.has(m.entity)) continue;
    if (PARTY_SLOT.test(text.slice(Math.max(0, m.span.start - span.start - 60), m.span.start - span.start))) out.add(m.entity);
  }
  return [...out];
}

const ACCORDING_TO = /\baccording to\b[^,.;:]*$/i;
const REPORTED = /^(?:['’]s)?\s*(?:(?:news\s+)?agency|media|television|radio|newspaper|daily)?\s*(?:reported|reports|said|says|quoted|cited|stated)\b/i;

/** Organisations, things and places the clause names outside an attribution: what the claim is specifically about. */
export function anchorsOf(text: string, span: Span, mentions: readonly EntityMention[]): string[] {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'person') continue;
    const before = text.slice(0, m.span.start - span.start);
    const after = text.slice(m.span.end - span.start);
    if (ACCORDING_TO.test(before) || REPORTED.test(after)) continue;
    out.add(m.entity);
  }
  return [...out];
}

const MEETING_VERB =
  /\b(?:met|meets|called on|calls on|calling on|(?:held|holds|holding)\s+(?:\w+\s+)?talks|engaged? in\s+(?:an?\s+)?(?:\w+\s+)?(?:dialogue|talks|discussions?)|sat down with)\b|^meeting\s+(?:with\s+)?\p{Lu}/iu;

/** True when the clause states, with a meeting verb, that the story's two main people (and no one else) met. */
export function statesMeeting(text: string, actors: readonly string[], parties: StoryParties): boolean {
  const pair = parties.people.length === 2 && parties.people.every((p) => actors.includes(p));
  return pair && actors.every((a) => parties.people.includes(a)) && MEETING_VERB.test(text);
}
