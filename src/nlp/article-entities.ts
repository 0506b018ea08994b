/**
 * Named entities of one article: name candidates → typed mentions → groups → `ArticleEntity`
 * (canonical name = longest full form without title; aliases = other forms; roles = titles,
 * also qualified by country: "Russian President"), then role phrases ("the Russian president").
 */
import type { ArticleEntity, Span } from '../types.ts';
import { contentId } from '../shared/hash.ts';
import type { Token } from './tokens.ts';
import type { Gazetteer } from './gazetteer.ts';
import { lookupPlace } from './gazetteer.ts';
import type { NameCandidate } from './candidates.ts';
import { buildCandidates } from './build-candidates.ts';
import { isFirstWord } from './candidates.ts';
import { decideType, voteFor, type TypeVote } from './entity-types.ts';
import { groupMentions, type Group, type Mention } from './groups.ts';
import { resplit } from './resplit.ts';
import { canonicalName, createNameKeys, isAcronym } from './names.ts';
import { addRolePhrases } from './role-phrases.ts';
import { coordinatePlaces } from './coordination.ts';

export interface EntityContext {
  readonly tokens: readonly Token[];
  readonly gazetteer: Gazetteer;
  readonly source: string;
  readonly isKnownWord: (lower: string) => boolean;
  readonly isStopWord: (lower: string) => boolean;
}

function wordSets(tokens: readonly Token[]): { lowerWords: Set<string>; namedWords: Set<string> } {
  const lowerWords = new Set<string>();
  const namedWords = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.shape === 'lower') lowerWords.add(t.lower);
    else if (t.text[0] !== t.lower[0] && !isFirstWord(tokens, i)) namedWords.add(t.lower);
  });
  return { lowerWords, namedWords };
}

const voteOf = (ctx: EntityContext, c: NameCandidate): TypeVote => voteFor(ctx, c);

function knownKeys(candidates: readonly NameCandidate[], votes: readonly TypeVote[], keyOf: (name: string) => string): Set<string> {
  const known = new Set<string>();
  candidates.forEach((c, i) => {
    if (!c.headline && ((votes[i]?.strength ?? 0) > 0 || c.acronymOf !== null)) known.add(keyOf(c.text));
  });
  return known;
}

/** Mentions after re-cutting headline runs and untyped runs along known names. */
function mentionsOf(ctx: EntityContext, candidates: readonly NameCandidate[], lowerWords: ReadonlySet<string>): Mention[] {
  const keyOf = createNameKeys();
  const votes = coordinatePlaces({ tokens: ctx.tokens, keyOf }, candidates, candidates.map((c) => voteOf(ctx, c)));
  const known = knownKeys(candidates, votes, keyOf);
  const keepLeftover = (piece: NameCandidate): boolean =>
    lookupPlace(ctx.gazetteer, piece.text) !== undefined || (!piece.headline && voteOf(ctx, piece).strength > 0);
  const split = { tokens: ctx.tokens, source: ctx.source, known, keyOf, keepLeftover };
  const mentions: Mention[] = [];
  candidates.forEach((c, i) => {
    const vote = votes[i] ?? voteOf(ctx, c);
    const doubtful = c.headline || (vote.type === 'other' && c.last > c.first);
    const cut = doubtful && c.acronymOf === null ? resplit(split, c) : [c];
    const pieces = cut.length === 0 && !c.headline ? [c] : cut;
    for (const piece of pieces) {
      const pieceVote = piece === c ? vote : voteOf(ctx, piece);
      if (keepMention(piece, pieceVote.type, lowerWords)) {
        mentions.push({ candidate: piece, key: keyOf(piece.text), vote: pieceVote });
      }
    }
  });
  return mentions;
}

/** Drops single letters and untyped single common words or adjectives ("Summit", "Asian"). */
function keepMention(c: NameCandidate, type: string, lowerWords: ReadonlySet<string>): boolean {
  const text = c.text.replace(/['’]s$/u, '');
  if (text.replace(/\W/g, '').length < 2) return false;
  if (type !== 'other' || /\s/.test(text) || isAcronym(text)) return true;
  return !lowerWords.has(text.toLowerCase()) && !/(an|ese|ish|ian)$/.test(text);
}

function rolesOf(group: Group, gazetteer: Gazetteer): string[] {
  const roles = new Set(group.roles);
  for (const country of group.qualifiers) {
    const demonym = gazetteer.demonymOf.get(country) ?? country;
    for (const role of group.roles) roles.add(`${demonym} ${role}`);
  }
  return [...roles].sort();
}

function toEntity(group: Group, gazetteer: Gazetteer): ArticleEntity {
  const type = decideType(group.votes);
  const full = group.forms.filter((f) => !isAcronym(f));
  const place = type === 'place' ? lookupPlace(gazetteer, group.forms[0] ?? '') : undefined;
  const name = place ?? canonicalName(full.length > 0 ? full : group.forms);
  const aliases = [...new Set(group.forms)].filter((f) => f !== name).sort();
  const mentions: Span[] = [...group.spans].sort((a, b) => a.start - b.start);
  return { id: contentId(type, name), name, type, aliases, roles: rolesOf(group, gazetteer), mentions };
}

/** The entities of an article, in order of first mention. */
export function findEntities(ctx: EntityContext): ArticleEntity[] {
  const { lowerWords, namedWords } = wordSets(ctx.tokens);
  const candidateCtx = { tokens: ctx.tokens, gazetteer: ctx.gazetteer, lowerWords, namedWords, isKnownWord: ctx.isKnownWord, isStopWord: ctx.isStopWord };
  const candidates = buildCandidates(candidateCtx, ctx.source);
  const groups = groupMentions(mentionsOf(ctx, candidates, lowerWords));
  const entities = groups.map((g) => toEntity(g, ctx.gazetteer));
  const withRoles = addRolePhrases({ tokens: ctx.tokens, gazetteer: ctx.gazetteer, source: ctx.source }, entities);
  return withRoles.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
