/**
 * Keeps the dedup index bounded by time, not by the stream: every `sweepInterval` articles
 * (or every eighth of the live articles, when more: a sweep reads them all, so its cost per
 * article stays constant however dense the stream),
 * articles dated more than `windowDays` before the newest date seen leave the index (their
 * shingles, LSH bucket entries, fingerprint entries and exact key), and so do the oldest
 * undated articles beyond `maxUndatedArticles`; the last `keepRecentArticles` arrivals always
 * stay (a stream out of date order). What leaves is never a candidate again; its
 * id, wire tag and root stay, so later verdicts can still name it as an original.
 */
import type { DedupState, IndexedArticle } from './_state.ts';
import { fingerprintKeys } from './_state.ts';
import { touchKeys, unpost } from './ordinal-index.ts';

/** Fewest articles between two sweeps. */
export const sweepInterval = 256;

const noShingles = new Uint32Array(0);

/** Days since 1970-01-01 of a `YYYY-MM-DD…` date, or null when absent or unreadable. */
export function dayOf(date: string | null): number | null {
  if (date === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (match === null) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(ms) ? null : Math.floor(ms / 86_400_000);
}

/** Remembers the newest publication day seen. */
export function noteDay(state: DedupState, day: number | null): void {
  if (day !== null && (state.newestDay === null || day > state.newestDay)) state.newestDay = day;
}

/** An empty shingle array, shared (for copies that are never compared, and articles that left). */
export function emptyShingles(): Uint32Array {
  return noShingles;
}

/** Now and then (see the file comment), takes out of the index the articles that left the window. */
export function sweepStale(state: DedupState): void {
  if (state.live.length === 0 || state.articles.length - state.sweptAt < Math.max(sweepInterval, state.live.length >> 3)) return;
  state.sweptAt = state.articles.length;
  const horizon = state.newestDay === null ? null : state.newestDay - state.options.windowDays;
  let undated = 0;
  for (const ordinal of state.live) if (state.articles[ordinal]!.day === null) undated++;
  let excess = undated - state.options.maxUndatedArticles;
  const recent = state.articles.length - state.options.keepRecentArticles;
  const kept: number[] = [];
  for (const ordinal of state.live) {
    const article = state.articles[ordinal]!;
    const stale = ordinal < recent && (article.day === null ? excess-- > 0 : horizon !== null && article.day < horizon);
    if (stale) leaveIndex(state, article);
    else kept.push(ordinal);
  }
  state.live = kept;
}

function leaveIndex(state: DedupState, article: IndexedArticle): void {
  touchKeys(state.buckets, article.bandKeys);
  const prints = fingerprintKeys(article.shingles, state.options.fingerprintSampling);
  touchKeys(state.fingerprints, prints);
  for (const key of article.bandKeys) unpost(state.buckets, key, article.ordinal);
  for (const key of prints) unpost(state.fingerprints, key, article.ordinal);
  if (article.exactKey !== null && state.exact.get(article.exactKey) === article.ordinal) state.exact.delete(article.exactKey);
  article.shingles = noShingles;
  article.bandKeys = [];
  article.exactKey = null;
}
