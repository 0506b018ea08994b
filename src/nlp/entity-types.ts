/**
 * The type evidence of one name candidate, with a strength: organisation cues and titles are
 * strong, the gazetteer is strong, a verb of saying after the name or a place preposition before
 * it is weak, nothing at all is `other`.
 */
import type { EntityType } from '../types.ts';
import type { Token } from './tokens.ts';
import { isPossessive, type NameCandidate } from './candidates.ts';
import { lookupPlace, type Gazetteer } from './gazetteer.ts';
import { ORG_FOLLOWERS, ORG_HEADS, ORG_STARTS, PLACE_PREPOSITIONS, SPEECH_VERBS } from './lexicon.ts';

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
  if (hasOrgCue(tokens, c)) return { type: 'organization', strength: 3 };
  if (c.roles.length > 0 || c.honorific) return { type: 'person', strength: 3 };
  if (lookupPlace(gazetteer, c.text) !== undefined) return { type: 'place', strength: 3 };
  if (SPEECH_VERBS.has(nextWord(tokens, c)?.lower ?? '')) return { type: 'person', strength: 1 };
  const before = tokens[c.first - 1];
  const nameLike = !isKnownWord(tokens[c.last]?.lower ?? '');
  if (nameLike && before?.sentence === tokens[c.first]?.sentence && PLACE_PREPOSITIONS.has(before?.text ?? '')) {
    return { type: 'place', strength: 1 };
  }
  return { type: 'other', strength: 0 };
}

/** The winning type of many votes: the strongest total, ties broken organisation > person > place. */
export function decideType(votes: readonly TypeVote[]): EntityType {
  const totals = new Map<EntityType, number>();
  for (const vote of votes) totals.set(vote.type, (totals.get(vote.type) ?? 0) + vote.strength);
  let best: EntityType = 'other';
  let bestTotal = 0;
  for (const [type, total] of totals) {
    const better = total > bestTotal || (total === bestTotal && PRIORITY[type] > PRIORITY[best]);
    if (type !== 'other' && total > 0 && better) {
      best = type;
      bestTotal = total;
    }
  }
  return best;
}
