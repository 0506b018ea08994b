/**
 * Coverage per article: how many facts it reports, the facts only its source has, and the
 * important facts it misses (corroborated, and reported by at least half of the sources).
 */
import type { BriefFact, CoverageEntry } from '../types.ts';
import type { FactGroup } from './model.ts';

export function buildCoverage(
  articles: readonly { readonly id: string; readonly source: string }[],
  groups: readonly FactGroup[],
  facts: ReadonlyMap<string, BriefFact>,
): CoverageEntry[] {
  const sources = new Set(articles.map((a) => a.source)).size;
  const important = groups.filter((g) => g.evidence.length >= Math.max(2, Math.ceil(sources / 2)) && facts.get(g.id)?.status !== 'single-source');
  // Each group files itself under its reporters (in rank order), so the cost follows the reports, not articles × groups.
  const reportedBy = new Map<string, FactGroup[]>();
  for (const g of groups) {
    for (const article of g.reporters) {
      const list = reportedBy.get(article);
      if (list === undefined) reportedBy.set(article, [g]);
      else list.push(g);
    }
  }
  return articles.map((article) => {
    const reported = reportedBy.get(article.id) ?? [];
    const unique = reported.filter((g) => g.evidence.every((u) => u.source === article.source)).map((g) => g.id);
    const missing = important.filter((g) => !g.reporters.has(article.id)).map((g) => g.id);
    return { article: article.id, facts: reported.length, unique, missing };
  });
}
