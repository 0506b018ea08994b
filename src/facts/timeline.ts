/**
 * The story's timeline: each resolved date in a fact's clauses, with that clause as its text, merged
 * across articles for the same date and fact (and for the same date when the facts share their two
 * actors); the event date is the day most sources report, or the earliest publication day.
 */
import type { DatePrecision, TimelineEntry } from '../types.ts';
import type { ClaimUnit, FactGroup } from './model.ts';

interface Draft {
  readonly date: string;
  readonly precision: DatePrecision;
  readonly groups: FactGroup[];
  readonly units: ClaimUnit[];
}

function sourcesOf(draft: Draft): number {
  return new Set(draft.units.map((u) => u.source)).size;
}

function actorsOf(draft: Draft): Set<string> {
  return new Set(draft.units.flatMap((u) => u.actors));
}

function drafts(groups: readonly FactGroup[]): Draft[] {
  const byKey = new Map<string, Draft>();
  for (const group of groups) {
    for (const unit of group.units) {
      for (const d of unit.dates) {
        if (d.value === null) continue;
        const key = `${group.id}|${d.value}`;
        const draft = byKey.get(key) ?? { date: d.value, precision: d.precision, groups: [group], units: [] };
        if (!draft.units.includes(unit)) draft.units.push(unit);
        byKey.set(key, draft);
      }
    }
  }
  return [...byKey.values()];
}

/** Drafts sorted by their sources, most first (each counted once, not once per comparison). */
function bySources(list: readonly Draft[]): Draft[] {
  const sources = new Map(list.map((d) => [d, sourcesOf(d)]));
  return [...list].sort((a, b) => (sources.get(b) ?? 0) - (sources.get(a) ?? 0));
}

/** True when at least two of one set's members are in the other. */
function shareTwo(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const x of a) if (b.has(x) && ++shared >= 2) return true;
  return false;
}

/** Merges drafts of one date whose facts share two actors (the same event told as different facts). */
function mergeSameEvent(list: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  // The merged drafts of each date in the order of `out`, with their actors kept up to date as units
  // join: a draft is compared with its own date's drafts only, and no actor set is rebuilt per comparison.
  const onDate = new Map<string, { readonly draft: Draft; readonly actors: Set<string> }[]>();
  for (const draft of bySources(list)) {
    const actors = actorsOf(draft);
    const same = onDate.get(draft.date);
    const into = same?.find((o) => shareTwo(o.actors, actors));
    if (into === undefined) {
      const merged = { ...draft, groups: [...draft.groups], units: [...draft.units] };
      out.push(merged);
      if (same === undefined) onDate.set(draft.date, [{ draft: merged, actors }]);
      else same.push({ draft: merged, actors });
    } else {
      const added = draft.units.filter((u) => !into.draft.units.includes(u));
      into.draft.groups.push(...draft.groups);
      into.draft.units.push(...added);
      for (const unit of added) for (const a of unit.actors) into.actors.add(a);
    }
  }
  return out;
}

/** The most reported day of the story, or the earliest publication day. */
export function eventDateOf(groups: readonly FactGroup[], published: readonly (string | null)[]): TimelineEntry['date'] | null {
  const days = mergeSameEvent(drafts(groups)).filter((d) => d.precision === 'day');
  const sources = new Map(days.map((d) => [d, sourcesOf(d)]));
  days.sort((a, b) => (sources.get(b) ?? 0) - (sources.get(a) ?? 0) || (a.date < b.date ? -1 : 1));
  const top = days[0];
  if (top !== undefined) return top.date;
  const earliest = published.filter((p): p is string => p !== null).map((p) => p.slice(0, 10)).sort()[0];
  return earliest ?? null;
}

function entryText(draft: Draft): string {
  const central = draft.groups.map((g) => g.central).find((c) => draft.units.includes(c));
  const first = [...draft.units].sort((a, b) => a.articleOrder - b.articleOrder || a.span.start - b.span.start)[0];
  return (central ?? first)?.text ?? '';
}

/** Articles of an entry: one per source that dates it, plus undated sources of the event-day facts. */
function entryArticles(draft: Draft, eventDate: string | null): string[] {
  const bySource = new Map<string, string>();
  for (const unit of draft.units) if (!bySource.has(unit.source)) bySource.set(unit.source, unit.article);
  if (draft.date === eventDate) {
    for (const unit of draft.groups.flatMap((g) => g.evidence)) {
      if (unit.dates.length === 0 && !bySource.has(unit.source)) bySource.set(unit.source, unit.article);
    }
  }
  return [...bySource.values()];
}

export function buildTimeline(groups: readonly FactGroup[], eventDate: string | null): TimelineEntry[] {
  return mergeSameEvent(drafts(groups))
    .map((d) => ({ date: d.date, precision: d.precision, text: entryText(d), articles: entryArticles(d, eventDate) }))
    .filter((e) => e.text.length > 0)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : b.articles.length - a.articles.length));
}
