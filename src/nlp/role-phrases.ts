/**
 * Role phrases: "the Russian President", "the prime minister", "the Pakistani premier" with no
 * name after them. Each becomes a mention of the one person of the article who holds that role
 * (and, when the phrase names a country, that country's); when nobody does, a phrase with a
 * country becomes a person entity named by its role, which the story linker can match later.
 */
import type { ArticleEntity, Span } from '../types.ts';
import { contentId } from '../shared/hash.ts';
import type { Token } from './tokens.ts';
import { lookupPlace, type Gazetteer } from './gazetteer.ts';
import { isTitleHead, isTitleWord } from './candidates.ts';
import { normaliseTitle } from './build-candidates.ts';
import { ROLE_PHRASE_HEADS } from './lexicon.ts';

export interface RoleContext {
  readonly tokens: readonly Token[];
  readonly gazetteer: Gazetteer;
  readonly source: string;
}

export interface RolePhrase {
  readonly span: Span;
  /** Title, e.g. `President`. */
  readonly role: string;
  /** The country's demonym as the gazetteer spells it (`Russian`), or null. */
  readonly demonym: string | null;
}

/** Reads a role phrase at tokens[i] ("the"), or null. */
function phraseAt(ctx: RoleContext, i: number): RolePhrase | null {
  const { tokens, gazetteer } = ctx;
  if (tokens[i]?.lower !== 'the') return null;
  let j = i + 1;
  const qualifier = tokens[j];
  const country = qualifier ? gazetteer.demonyms.get(qualifier.lower) : undefined;
  if (country !== undefined) j += 1;
  const start = j;
  while (tokens[j] && tokens[j]?.sentence === tokens[i]?.sentence && isTitleWord(tokens[j] as Token)) j += 1;
  const head = j > start ? tokens[j - 1] : undefined;
  const next = tokens[j];
  if (!head || !isTitleHead(head) || !ROLE_PHRASE_HEADS.has(head.lower)) return null;
  if (next && next.sentence === head.sentence && next.shape === 'upper') return null;
  const role = normaliseTitle(tokens.slice(start, j));
  if (role === null) return null;
  const spanStart = country !== undefined ? (qualifier?.start ?? 0) : (tokens[start]?.start ?? 0);
  const demonym = country !== undefined ? (gazetteer.demonymOf.get(country) ?? qualifier?.text ?? null) : null;
  return { span: { start: spanStart, end: head.end }, role, demonym };
}

/** All role phrases of the text. */
export function findRolePhrases(ctx: RoleContext): RolePhrase[] {
  const found: RolePhrase[] = [];
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    const phrase = phraseAt(ctx, i);
    if (phrase) found.push(phrase);
  }
  return found;
}

const SAME_ROLE: Readonly<Record<string, string>> = { Premier: 'Prime Minister', Pm: 'Prime Minister' };

/** True when a person's roles fit the phrase: same title ("leader" fits any, with a country) and same country. */
export function fitsRole(roles: readonly string[], role: string, demonym: string | null): boolean {
  const wanted = SAME_ROLE[role] ?? role;
  if (wanted === 'Leader') return demonym !== null && roles.some((r) => r.startsWith(`${demonym} `));
  const bare = roles.includes(wanted);
  if (demonym === null) return bare;
  if (roles.includes(`${demonym} ${wanted}`)) return true;
  return bare && roles.every((r) => r === wanted || !r.endsWith(` ${wanted}`));
}

function roleEntity(phrase: RolePhrase, gazetteer: Gazetteer): ArticleEntity {
  const country = lookupPlace(gazetteer, phrase.demonym ?? '') ?? gazetteer.demonyms.get((phrase.demonym ?? '').toLowerCase());
  const demonym = (country && gazetteer.demonymOf.get(country)) ?? phrase.demonym ?? '';
  const name = `${demonym} ${SAME_ROLE[phrase.role] ?? phrase.role}`;
  return { id: contentId('person', name), name, type: 'person', aliases: [], roles: [name], mentions: [phrase.span] };
}

function withMention(entity: ArticleEntity, span: Span): ArticleEntity {
  return { ...entity, mentions: [...entity.mentions, span].sort((a, b) => a.start - b.start) };
}

/** Adds each role phrase as a mention of the one person it fits, or as a role-named person. */
export function addRolePhrases(ctx: RoleContext, entities: readonly ArticleEntity[]): ArticleEntity[] {
  const out = [...entities];
  for (const phrase of findRolePhrases(ctx)) {
    const fits = out.map((e, i) => ({ e, i })).filter(({ e }) => e.type === 'person' && !e.roles.includes(e.name)
      && fitsRole(e.roles, phrase.role, phrase.demonym));
    const only = fits.length === 1 ? fits[0] : undefined;
    if (only) {
      out[only.i] = withMention(only.e, phrase.span);
    } else if (fits.length === 0 && phrase.demonym !== null) {
      const made = roleEntity(phrase, ctx.gazetteer);
      const existing = out.findIndex((e) => e.id === made.id);
      if (existing >= 0) out[existing] = withMention(out[existing] as ArticleEntity, phrase.span);
      else out.push(made);
    }
  }
  return out;
}
