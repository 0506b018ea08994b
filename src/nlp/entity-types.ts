/**
 * The type evidence of one name candidate, with a strength: an event or era head ("Cold War",
 * "Asian Games") is a strong `other`; organisation cues, titles, place heads ("Bío Bío Region",
 * "the Los Lagos region") and the gazetteer are strong; a verb of saying after the name or a place
 * preposition before it is weak; nothing at all is `other` with no strength.
 */
import type { EntityType } from '../types.ts';
import type { Token } from './tokens.ts';
import { isPossessive, type NameCandidate } from './candidates.ts';
import { lookupPlace, type Gazetteer } from './gazetteer.ts';
import {
  EVENT_HEADS, ORG_FOLLOWERS, ORG_HEADS, ORG_STARTS, PLACE_FOLLOWERS, PLACE_HEADS, PLACE_PREPOSITIONS, SPEECH_VERBS,
} from './lexicon.ts';
import { isAcronym } from './names.ts';

export interface TypeVote {
  readonly type: EntityType;
  /** 3 strong (cue word, title, gazetteer), 1 weak (context), 0 none. */
  readonly strength: number;
}

const PRIORITY: Readonly<Record<EntityType, number>> = { organization: 3, person: 2, place: 1, other: 0 };

function hasOrgCue(tokens: readonly Token[], c: NameCandidate): boolean {
  const first = tokens[c.first];
  const last = tokens[c.last];
  const next = tokens[c.last + 1];
  const follower = next !== undefined && next.sentence === last?.sentence && ORG_FOLLOWERS.has(next.text);
  const multi = c.last > c.first;
  return (multi && ORG_HEADS.has(last?.lower ?? '')) || (multi && ORG_STARTS.has(first?.lower ?? '')) || follower;
}

const NUMERAL = /^(?:[IVX]+|\d+)$/;

/** The head word of a multi-word name: its last word (before a numeral: "World War II"), or a word before "of". */
function isEvent(tokens: readonly Token[], c: NameCandidate): boolean {
  if (c.last === c.first) return false;
  let last = c.last;
  if (last > c.first && NUMERAL.test(tokens[last]?.text ?? '')) last -= 1;
  if (EVENT_HEADS.has(tokens[last]?.lower ?? '')) return true;
  for (let k = c.first + 1; k < last; k += 1) {
    if (tokens[k + 1]?.lower === 'of' && EVENT_HEADS.has(tokens[k]?.lower ?? '')) return true;
  }
  return false;
}

function hasPlaceCue(tokens: readonly Token[], c: NameCandidate): boolean {
  const last = tokens[c.last];
  const next = tokens[c.last + 1];
  if (c.last > c.first && PLACE_HEADS.has(last?.lower ?? '')) return true;
  return next !== undefined && next.sentence === last?.sentence && PLACE_FOLLOWERS.has(next.text) && !isAcronym(c.text);
}

function nextWord(tokens: readonly Token[], c: NameCandidate): Token | undefined {
  const next = tokens[c.last + 1];
  const skip = next && isPossessive(next.text) ? 2 : 1;
  const word = tokens[c.last + skip];
  return word?.sentence === tokens[c.last]?.sentence ? word : undefined;
}

export interface VoteContext {
  readonly tokens: readonly Token[];
  readonly gazetteer: Gazetteer;
  readonly isKnownWord: (lower: string) => boolean;
}

/** What this one mention says about the type of its entity. */
export function voteFor({ tokens, gazetteer, isKnownWord }: VoteContext, c: NameCandidate): TypeVote {
  if (isEvent(tokens, c)) return { type: 'other', strength: 3 };
  if (hasOrgCue(tokens, c)) return { type: 'organization', strength: 3 };
  if (hasPlaceCue(tokens, c)) return { type: 'place', strength: 3 };
  if (c.roles.length > 0 || c.honorific) return { type: 'person', strength: 3 };
  const lower = c.first === c.last ? tokens[c.first]?.lower : undefined;
  if (lookupPlace(gazetteer, c.text, lower) !== undefined) return { type: 'place', strength: 3 };
  if (SPEECH_VERBS.has(nextWord(tokens, c)?.lower ?? '')) return { type: 'person', strength: 1 };
  const before = tokens[c.first - 1];
  const nameLike = !isKnownWord(tokens[c.last]?.lower ?? '');
  if (nameLike && before?.sentence === tokens[c.first]?.sentence && PLACE_PREPOSITIONS.has(before?.text ?? '')) {
    return { type: 'place', strength: 1 };
  }
  return { type: 'other', strength: 0 };
}

/** The winning type of many votes: the strongest total, ties broken organisation > person > place > other. */
export function decideType(votes: readonly TypeVote[]): EntityType {
  const totals = new Map<EntityType, number>();
  for (const vote of votes) totals.set(vote.type, (totals.get(vote.type) ?? 0) + vote.strength);
  let best: EntityType = 'other';
  let bestTotal = 0;
  for (const [type, total] of totals) {
    const better = total > bestTotal || (total === bestTotal && PRIORITY[type] > PRIORITY[best]);
    if (total > 0 && better) {
      best = type;
      bestTotal = total;
    }
  }
  return best;
}
