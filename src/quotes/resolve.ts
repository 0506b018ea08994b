/**
 * Turns an attribution's mention into a speaker: a name becomes the fullest form of that name (and
 * its entity), a description becomes the person whose roles and demonyms fit it, and `he`/`she`
 * becomes the most recent salient person before it — the subject of the sentence first, never the
 * listener of `told Y`.
 */
import type { QuoteSpeaker } from '../types.ts';
import type { Attribution } from './attribute.ts';
import { inObjectPosition, mentionsIn, type QuoteContext } from './context.ts';
import type { Mention } from './mentions.ts';
import { fitDescription, personOf, type Person, type Persons } from './persons.ts';
import { sentenceAt } from './sentences.ts';

export interface Resolver {
  readonly ctx: QuoteContext;
  readonly persons: Persons;
}

/** How far back (in sentences) a pronoun or a description looks for its person. */
const lookBack = 8;

function speaker(p: Person, confidence: number): QuoteSpeaker {
  return { name: p.name, entity: p.entity, confidence: Math.round(confidence * 100) / 100 };
}

/** Mentions of one sentence before `to`, subjects first, then the rest (possessives, objects). */
function bySalience(r: Resolver, from: number, to: number, objects: readonly Mention[]): Mention[] {
  const all = mentionsIn(r.ctx, from, to).filter((m) => !objects.includes(m) && m.kind !== 'pronoun');
  const subject = (m: Mention): boolean => !m.possessive && !inObjectPosition(r.ctx, m);
  return [...all.filter(subject), ...all.filter((m) => !subject(m))];
}

/** Walks the sentences back from `pos` and returns the first person `accept` takes. */
function walkBack(r: Resolver, pos: number, objects: readonly Mention[], accept: (m: Mention) => Person | null): { person: Person; distance: number } | null {
  const first = sentenceAt(r.ctx.sentences, pos);
  for (let s = first; s >= 0 && s > first - lookBack; s--) {
    const sent = r.ctx.sentences[s];
    if (!sent) break;
    for (const m of bySalience(r, sent.start, Math.min(sent.end, pos), objects)) {
      const p = accept(m);
      if (p) return { person: p, distance: first - s };
    }
  }
  return null;
}

function resolvePronoun(r: Resolver, m: Mention, objects: readonly Mention[]): Person | null {
  if (m.pronoun !== 'male' && m.pronoun !== 'female') return null;
  const excluded = new Set(objects.map((o) => personOfMention(r, o, [])?.name));
  const hit = walkBack(r, m.span.start, objects, (c) => {
    const p = personOfMention(r, c, objects);
    return p && p.person && !excluded.has(p.name) ? p : null;
  });
  return hit?.person ?? null;
}

/** The person a description fits best: demonym and role first, then the most recent. */
function resolveDescription(r: Resolver, m: Mention): Person | null {
  let best: Person | null = null;
  let bestScore = -1;
  for (const p of r.persons.byName.values()) {
    const fit = fitDescription(m, p);
    if (fit === null) continue;
    const seen = recency(r, p, m.span.start);
    const score = (seen > 0 ? 1000 : 0) + fit * 100 + seen;
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

/** 0..99: how recently a person was named before `pos` (0 when only after it). */
function recency(r: Resolver, p: Person, pos: number): number {
  let last = -1;
  for (const at of p.positions) if (at < pos) last = at;
  return last >= 0 ? Math.max(1, 99 - Math.floor((pos - last) / 200)) : 0;
}

function personOfMention(r: Resolver, m: Mention, objects: readonly Mention[]): Person | null {
  if (m.kind === 'name') return personOf(m, r.persons);
  if (m.kind === 'description') return resolveDescription(r, m);
  return resolvePronoun(r, m, objects);
}

/** The speaker an attribution names, or null when its mention cannot be resolved. */
export function resolveSpeaker(r: Resolver, a: Attribution): QuoteSpeaker | null {
  const m = a.mention;
  if (m.kind === 'name') {
    const p = personOf(m, r.persons);
    return p ? speaker(p, a.confidence) : { name: m.text, entity: null, confidence: a.confidence };
  }
  if (m.kind === 'description') {
    const p = resolveDescription(r, m);
    return p ? speaker(p, a.confidence * 0.85) : { name: m.text, entity: null, confidence: 0.3 };
  }
  const p = resolvePronoun(r, m, a.objects);
  return p ? speaker(p, a.confidence * 0.85) : null;
}
