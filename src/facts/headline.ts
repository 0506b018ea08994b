/**
 * The headline: the main clause of the most corroborated fact's clause that names the most of the
 * story's main actors. Words come from the sources only: the clause is cut, never rewritten.
 */
import type { StoryEntity } from '../types.ts';
import type { ClaimUnit, FactGroup } from './model.ts';
import { mainClauseStart } from './subjects.ts';

/** A headline that opens with an adverbial phrase ("In a move at …, X did") reads worse than one that opens with its actors. */
const LEADING_PHRASE_COST = 8;

const CUT = /,\s+(?:noting|adding|saying|stating|which|where|who|as|after|while|according|amid|pledging|signalling|signaling|a|an)\b|\s+where\s|:\s|\s+—\s|;\s/;
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

/** The story's two most central people: named in the most articles, then most often. */
function mainPeople(entities: readonly StoryEntity[]): StoryEntity[] {
  return [...entities]
    .filter((e) => e.type === 'person')
    .sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions)
    .slice(0, 2);
}

/** How much a fact is the story's event: corroborated, told in the articles' leads, by its main people. */
function eventScore(group: FactGroup, people: readonly string[]): number {
  const lead = group.evidence.reduce((sum, u) => sum + 1 / (1 + u.sentenceIndex), 0);
  const both = group.units.some((u) => people.every((p) => u.actors.includes(p) || u.entities.includes(p)));
  return lead * (both ? 1.5 : 1);
}

/** Candidates for the event fact, most lead-like first: corroborated facts (undisputed first when equal), then the first fact. */
export function eventFacts(ranked: readonly FactGroup[], entities: readonly StoryEntity[]): FactGroup[] {
  const people = mainPeople(entities).map((e) => e.id);
  const corroborated = ranked.filter((g) => g.evidence.length >= 2);
  // Each fact scored once, not once per comparison of the sort.
  const scores = new Map(corroborated.map((g) => [g, eventScore(g, people)]));
  const sorted = [...corroborated].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
  const first = ranked.find((g) => !scores.has(g));
  return first === undefined ? sorted : [...sorted, first];
}

const PAIR_OPENING = /^(?:the two(?: leaders| men| women| ministers| presidents| sides)?|both leaders|both|the leaders|they)\b/i;

/** The clause with a pair reference at its start replaced by the two people's names, disputed places cut. */
function eventClause(unit: ClaimUnit, names: readonly string[], disputed: readonly string[]): string {
  let text = mainClause(unit.text);
  if (names.length === 2) text = text.replace(PAIR_OPENING, `${names[0]} and ${names[1]}`);
  for (const place of disputed) text = text.replace(new RegExp(`\\s+(?:in|at)\\s+(?:the\\s+)?${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`), '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "A deal that ...": an appositive split off its sentence, no stand-alone headline. */
const APPOSITIVE = /^(?:a|an)\s+\S+\s+(?:that|which|who)\b/i;

/** A clause that only introduces what someone said, or holds quoted words: not a headline. */
const SPOKEN = /[“"]|\b(?:said|says|told|added|stated)$/;

/** The story's most central entities of any kind (people, countries, organisations). */
function mainEntities(entities: readonly StoryEntity[]): StoryEntity[] {
  return [...entities].sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions).slice(0, 4);
}

function namesIn(text: string, people: readonly StoryEntity[]): number {
  return people.filter((p) => [p.name, ...p.aliases, p.name.split(' ').at(-1) ?? p.name].some((n) => n.length > 2 && text.includes(n))).length;
}

export interface HeadlineInput {
  readonly ranked: readonly FactGroup[];
  readonly entities: readonly StoryEntity[];
  readonly fallback: string;
  /** Place names sources disagree on: a headline does not state them. */
  readonly disputedPlaces: readonly string[];
  /** Figures sources disagree on ("40", "50"): a clause stating one is no headline. */
  readonly disputedNumbers: readonly string[];
}

/**
 * "<A> and <B> <did what> …": the clause of the event fact that names the story's main people
 * (a pair reference such as "the two" is replaced by their names), shortest first.
 */
export interface Headline {
  readonly text: string;
  /** The fact it states (null for the fallback). */
  readonly event: FactGroup | null;
}

/** A pattern matching any of the figures as a whole number, or null when there are none. */
function figurePattern(figures: readonly string[]): RegExp | null {
  const escaped = figures.filter((f) => f.length > 0).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return escaped.length === 0 ? null : new RegExp(`(?<![\\p{L}\\d.,-])(?:${escaped.join('|')})(?![\\p{L}\\d-])`, 'iu');
}

/** The best clause of one fact for a headline, or '' when every clause states a disputed figure. */
function bestClause(event: FactGroup, input: HeadlineInput, figures: RegExp | null): string {
  const names = mainPeople(input.entities).map((p) => p.name);
  const central = mainEntities(input.entities);
  let best = '';
  let bestScore = -Infinity;
  for (const unit of event.units.filter((u) => !u.quoteOnly)) {
    const text = eventClause(unit, names, input.disputedPlaces);
    if (figures?.test(text) === true || APPOSITIVE.test(text)) continue;
    const opening = mainClauseStart(text) > 0 ? LEADING_PHRASE_COST : 0;
    const score = namesIn(text, central) * 4 - Math.min(unit.sentenceIndex, 3) * 4 - text.split(/\s+/).length / 5 - opening - (SPOKEN.test(text) ? 8 : 0);
    if (score > bestScore) {
      best = text;
      bestScore = score;
    }
  }
  return best;
}

export function buildHeadline(input: HeadlineInput): Headline {
  const figures = figurePattern(input.disputedNumbers);
  for (const event of eventFacts(input.ranked, input.entities)) {
    const text = bestClause(event, input, figures);
    if (text.length > 0) return { text, event };
  }
  return { text: input.fallback, event: null };
}
