/**
 * The facts stage: a story's claims aligned across its articles, with their independent sources,
 * conflicts, quotes, timeline, headline, summary and coverage.
 *
 * Diagnostics emitted (source `facts`):
 * - `unsupported-summary` (warning): a summary sentence not supported by its cited evidence was dropped.
 * - `no-corroboration` (info): no fact is reported by two independent sources.
 */
import { info } from '../diagnostics.ts';
import type { BriefFact, Diagnostic, FactStatus, StoryContext } from '../types.ts';
import { alignUnits } from './align.ts';
import { placeConflicts } from './conflicts-place.ts';
import { dateConflicts } from './conflicts-dates.ts';
import { numberConflicts } from './conflicts-numbers.ts';
import { buildCoverage } from './coverage.ts';
import { factGroups, rankFacts } from './groups.ts';
import { buildHeadline } from './headline.ts';
import type { ClaimUnit, FactGroup, StoryFacts } from './model.ts';
import type { FactsOptions } from './options.ts';
import { figureForms } from './numbers.ts';
import { loadPlaceKnowledge, type PlaceKnowledge } from './places.ts';
import type { ConflictFinding } from './positions.ts';
import { quoteConflicts, toBriefQuotes } from './quotes.ts';
import { independentSources } from './sources.ts';
import { buildSummary } from './summary.ts';
import { buildTimeline, eventDateOf } from './timeline.ts';
import { claimUnits } from './units.ts';

export type { StoryFacts } from './model.ts';
export { defaultFactsOptions, type FactsOptions } from './options.ts';
export { checkSupport } from './support.ts';

function statusOf(group: FactGroup, disputed: ReadonlySet<string>): FactStatus {
  if (disputed.has(group.id)) return 'disputed';
  return group.evidence.length >= 2 ? 'corroborated' : 'single-source';
}

function toBriefFact(group: FactGroup, status: FactStatus): BriefFact {
  return {
    id: group.id,
    text: group.text,
    status,
    articles: group.evidence.map((u) => u.article),
    evidence: group.evidence.map((u) => ({ article: u.article, sentence: u.sentence })),
  };
}

/** Fact ids whose units stand behind a conflict's positions. */
function disputedFacts(groups: readonly FactGroup[], findings: readonly ConflictFinding[]): Set<string> {
  const touched = new Set(findings.flatMap((f) => f.units.map((u) => u.index)));
  return new Set(groups.filter((g) => g.units.some((u) => touched.has(u.index))).map((g) => g.id));
}

interface ConflictInput {
  readonly context: StoryContext;
  readonly units: readonly ClaimUnit[];
  readonly ranked: readonly FactGroup[];
  readonly eventDate: string | null;
  readonly places: PlaceKnowledge;
}

function conflictsOf({ context, units, ranked, eventDate, places }: ConflictInput): ConflictFinding[] {
  const published = new Map(context.story.articles.map((a) => [a.id, a.publishedAt]));
  const names = new Map(context.entities.map((e) => [e.id, e.name]));
  return [
    ...placeConflicts({ units: ranked.flatMap((g) => g.units), eventDate, places, names }),
    ...numberConflicts(units, published),
    ...dateConflicts(ranked),
    ...quoteConflicts(context.quotes, context.story.articles),
  ];
}

/** The values of place, date and number conflicts (a number by its figure), for the summary to avoid. */
function contestedValues(findings: readonly ConflictFinding[]): string[] {
  return findings
    .filter((f) => f.conflict.kind !== 'quote')
    .flatMap((f) => f.conflict.positions.flatMap((p) => (f.conflict.kind === 'number' ? figureForms(p.value) : [p.value])));
}

/** Undisputed facts first: a headline should not state a contested claim. */
function undisputedFirst(ranked: readonly FactGroup[], disputed: ReadonlySet<string>): FactGroup[] {
  return [...ranked.filter((g) => !disputed.has(g.id)), ...ranked.filter((g) => disputed.has(g.id))];
}

function fallbackHeadline(context: StoryContext): string {
  const first = context.story.articles[0];
  return first?.title ?? first?.sentences[0]?.text ?? first?.path ?? 'Untitled story';
}

export function analyzeStory(context: StoryContext, options: FactsOptions): StoryFacts {
  const places = loadPlaceKnowledge();
  const units = claimUnits(context, options, places);
  const ranked = rankFacts(factGroups(alignUnits(units, options)));
  const day = eventDateOf(ranked, context.story.articles.map((a) => a.publishedAt));
  const findings = conflictsOf({ context, units, ranked, eventDate: day, places });
  const disputed = disputedFacts(ranked, findings);
  const facts = ranked.map((g) => toBriefFact(g, statusOf(g, disputed)));
  const roots = independentSources(context.story);
  const articles = context.story.articles.map((a) => ({ id: a.id, source: roots.get(a.id) ?? a.id }));
  const headline = buildHeadline({
    ranked: undisputedFirst(ranked, disputed),
    entities: context.entities,
    fallback: fallbackHeadline(context),
    disputedPlaces: findings.filter((f) => f.conflict.kind === 'place').flatMap((f) => f.conflict.positions.map((p) => p.value)),
    disputedNumbers: findings.filter((f) => f.conflict.kind === 'number').flatMap((f) => f.conflict.positions.flatMap((p) => figureForms(p.value))),
  });
  const lead = headline.event === null ? null : { text: `${headline.text}.`, group: headline.event };
  const summary = buildSummary(ranked, options, { lead, contested: contestedValues(findings) });
  const diagnostics: Diagnostic[] = [...summary.diagnostics];
  if (ranked.every((g) => g.evidence.length < 2)) {
    diagnostics.push(info('facts', { rule: 'no-corroboration', message: 'No fact is reported by two independent sources.' }));
  }
  return {
    headline: headline.text,
    eventDate: day === null ? null : { value: day, precision: day.length === 10 ? 'day' : day.length === 7 ? 'month' : 'year' },
    summary: summary.summary,
    facts,
    conflicts: findings.map((f) => f.conflict),
    quotes: toBriefQuotes(context.quotes),
    timeline: buildTimeline(ranked, day),
    coverage: buildCoverage(articles, ranked, new Map(facts.map((f) => [f.id, f]))),
    diagnostics,
  };
}
