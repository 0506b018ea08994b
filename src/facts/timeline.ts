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

/** Merges drafts of one date whose facts share two actors (the same event told as different facts). */
function mergeSameEvent(list: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const draft of [...list].sort((a, b) => sourcesOf(b) - sourcesOf(a))) {
    const actors = actorsOf(draft);
    const into = out.find((o) => o.date === draft.date && [...actorsOf(o)].filter((a) => actors.has(a)).length >= 2);
    if (into === undefined) out.push({ ...draft, groups: [...draft.groups], units: [...draft.units] });
    else {
      into.groups.push(...draft.groups);
      into.units.push(...draft.units.filter((u) => !into.units.includes(u)));
    }
  }
  return out;
}

/** The most reported day of the story, or the earliest publication day. */
export function eventDateOf(groups: readonly FactGroup[], published: readonly (string | null)[]): TimelineEntry['date'] | null {
  const days = mergeSameEvent(drafts(groups)).filter((d) => d.precision === 'day');
  days.sort((a, b) => sourcesOf(b) - sourcesOf(a) || (a.date < b.date ? -1 : 1));
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
