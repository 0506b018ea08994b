/**
 * The headline: the main clause of the most corroborated fact's clause that names the most of the
 * story's main actors. Words come from the sources only: the clause is cut, never rewritten.
 */
import type { StoryEntity } from '../types.ts';
import type { ClaimUnit, FactGroup } from './model.ts';

const CUT = /,\s+(?:noting|adding|saying|stating|which|where|who|as|after|while|according|amid)\b|:\s|\s+—\s|;\s/;
const LEAD_IN = /^(?:(?:additionally|meanwhile|however|also|then|earlier|later|separately),\s+)/i;
const MAX_WORDS = 20;
const DATELINE = /^[A-Z][A-Z .,'’-]{2,}(?:\([^)]*\))?\s*[:—–-]\s+/;

/** The clause before its first subordinate tail, trimmed of a lead-in adverb and end punctuation. */
export function mainClause(text: string): string {
  const body = text.replace(DATELINE, '');
  const cut = CUT.exec(body);
  let clause = (cut && cut.index > 12 ? body.slice(0, cut.index) : body).replace(LEAD_IN, '');
  clause = clause.replace(/[\s.,;:!?"“”'’]+$/u, '').replace(/^["“'‘]+/u, '');
  const parts = clause.split(/\s+/);
  if (parts.length > MAX_WORDS) clause = parts.slice(0, MAX_WORDS).join(' ');
  return clause.charAt(0).toUpperCase() + clause.slice(1);
}

/** Names (and alias words) of the story's most central people and organisations. */
function mainNames(entities: readonly StoryEntity[]): string[] {
  return [...entities]
    .filter((e) => e.type === 'person' || e.type === 'organization')
    .sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions)
    .slice(0, 2)
    .flatMap((e) => [e.name, ...e.aliases, e.name.split(' ').at(-1) ?? e.name]);
}

function actorScore(unit: ClaimUnit, names: readonly string[]): number {
  return new Set(names.filter((n) => n.length > 2 && unit.text.includes(n))).size;
}

export function buildHeadline(ranked: readonly FactGroup[], entities: readonly StoryEntity[], fallback: string): string {
  const top = ranked[0];
  if (top === undefined) return fallback;
  const names = mainNames(entities);
  const cut = ranked.findIndex((g) => g.evidence.length !== top.evidence.length);
  const best = ranked.slice(0, Math.min(4, cut < 0 ? ranked.length : cut));
  let chosen: ClaimUnit = top.central;
  let score = -1;
  for (const unit of best.flatMap((g) => g.units)) {
    const s = actorScore(unit, names) * 10 - mainClause(unit.text).split(/\s+/).length / 10;
    if (!unit.quoteOnly && s > score) {
      chosen = unit;
      score = s;
    }
  }
  const headline = mainClause(chosen.text);
  return headline.length > 0 ? headline : fallback;
}
