/**
 * List context: a name with no type evidence that stands in a list with known places is a place
 * ("talks on Chile, Peru and Los Lagos" → Los Lagos), and so is a name whose parts, joined by
 * "&", include a place the article knows ("Trinidad & Tobago" once Tobago is one). The votes come
 * out at strength 2: more than a weak context cue, less than a cue word or the gazetteer.
 */
import type { Token } from './tokens.ts';
import type { NameCandidate } from './candidates.ts';
import type { TypeVote } from './entity-types.ts';

const LIST_JOINERS: ReadonlySet<string> = new Set([',', 'and', 'or', '&']);
const LIST_PLACE: TypeVote = { type: 'place', strength: 2 };

const isPlace = (vote: TypeVote | undefined): boolean => vote?.type === 'place' && vote.strength >= 2;
const isUntyped = (vote: TypeVote | undefined): boolean => vote !== undefined && vote.strength === 0;

type Link = 'comma' | 'conjunction' | null;

/** How two candidates of one sentence are listed: by a comma alone, by "and"/"or"/"&" (", and"), or not. */
function linkOf(tokens: readonly Token[], a: NameCandidate | undefined, b: NameCandidate | undefined): Link {
  if (!a || !b) return null;
  const gap = b.first - a.last - 1;
  if (gap < 1 || gap > 2 || tokens[a.last]?.sentence !== tokens[b.first]?.sentence) return null;
  let conjunction = false;
  for (let k = a.last + 1; k < b.first; k += 1) {
    const text = tokens[k]?.text ?? '';
    if (!LIST_JOINERS.has(text)) return null;
    conjunction ||= text !== ',';
  }
  return conjunction ? 'conjunction' : 'comma';
}

/** Links of a list: consecutive candidates whose chain ends with "and", "or" or "&" ("A, B and C"). */
function listLinks(tokens: readonly Token[], candidates: readonly NameCandidate[]): boolean[] {
  const links = candidates.map((c, i) => linkOf(tokens, c, candidates[i + 1]));
  const inList = links.map(() => false);
  let closed = false;
  for (let i = links.length - 1; i >= 0; i -= 1) {
    closed = links[i] === 'conjunction' || (links[i] === 'comma' && closed);
    inList[i] = closed;
  }
  return inList;
}

/** Spreads place votes along lists (link i joins candidates i and i + 1), forwards then backwards. */
function spreadAlongLists(candidates: readonly NameCandidate[], inList: readonly boolean[], votes: TypeVote[], spare: (i: number) => boolean): void {
  for (let i = 1; i < candidates.length; i += 1) {
    if (inList[i - 1] && isPlace(votes[i - 1]) && isUntyped(votes[i]) && !spare(i)) votes[i] = LIST_PLACE;
  }
  for (let i = candidates.length - 2; i >= 0; i -= 1) {
    if (inList[i] && isPlace(votes[i + 1]) && isUntyped(votes[i]) && !spare(i)) votes[i] = LIST_PLACE;
  }
}

/** First and last words of the people's longer names: a lone one of them is a person's surname, no place. */
function nameParts(candidates: readonly NameCandidate[], votes: readonly TypeVote[], keyOf: (name: string) => string): Set<string> {
  const parts = new Set<string>();
  candidates.forEach((c, i) => {
    if (votes[i]?.type !== 'person' || c.first === c.last) return;
    const words = keyOf(c.text).split(' ');
    parts.add(words[0] ?? '');
    parts.add(words[words.length - 1] ?? '');
  });
  return parts;
}

function hasAmpersand(tokens: readonly Token[], c: NameCandidate): boolean {
  for (let k = c.first + 1; k < c.last; k += 1) if (tokens[k]?.text === '&') return true;
  return false;
}

/** The parts of a candidate joined by "&", as name keys. */
function ampersandParts(tokens: readonly Token[], c: NameCandidate, keyOf: (name: string) => string): string[] {
  const parts: string[] = [];
  let start = c.first;
  for (let k = c.first; k <= c.last + 1; k += 1) {
    if (k <= c.last && tokens[k]?.text !== '&') continue;
    const words = tokens.slice(start, k).map((t) => t.text).join(' ');
    if (words) parts.push(keyOf(words));
    start = k + 1;
  }
  return parts;
}

export interface CoordinationContext {
  readonly tokens: readonly Token[];
  readonly keyOf: (name: string) => string;
}

/** The votes with list context applied (a new array; the input is left as it is). */
export function coordinatePlaces(ctx: CoordinationContext, candidates: readonly NameCandidate[], votes: readonly TypeVote[]): TypeVote[] {
  const out = [...votes];
  const surnames = nameParts(candidates, votes, ctx.keyOf);
  const spare = (i: number): boolean => surnames.has(ctx.keyOf(candidates[i]?.text ?? ''));
  spreadAlongLists(candidates, listLinks(ctx.tokens, candidates), out, spare);
  const places = new Set<string>();
  candidates.forEach((c, i) => {
    if (isPlace(out[i])) places.add(ctx.keyOf(c.text));
  });
  candidates.forEach((c, i) => {
    if (c.first === c.last || !isUntyped(out[i]) || !hasAmpersand(ctx.tokens, c)) return;
    if (ampersandParts(ctx.tokens, c, ctx.keyOf).some((part) => places.has(part))) out[i] = LIST_PLACE;
  });
  return out;
}
