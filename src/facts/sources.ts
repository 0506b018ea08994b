/** Independent sources: a copy (`duplicateOf`) or a rewrite (`derivedFrom`) counts as its original. */
import type { Story } from '../types.ts';

/** articleId → the id of the original it counts for (itself when independent). */
export function independentSources(story: Story): ReadonlyMap<string, string> {
  const ids = new Set(story.articles.map((a) => a.id));
  const parent = (id: string): string | undefined => story.duplicateOf[id] ?? story.derivedFrom[id];
  const roots = new Map<string, string>();
  for (const article of story.articles) {
    let current = article.id;
    const seen = new Set<string>([current]);
    for (let next = parent(current); next !== undefined && ids.has(next) && !seen.has(next); next = parent(current)) {
      seen.add(next);
      current = next;
    }
    roots.set(article.id, current);
  }
  return roots;
}

/** Articles in reading order: by publication date (undated last), then as given. */
export function readingOrder(story: Story): ReadonlyMap<string, number> {
  const indexed = story.articles.map((a, i) => ({ id: a.id, date: a.publishedAt ?? '9999', i }));
  indexed.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i));
  return new Map(indexed.map((a, order) => [a.id, order]));
}
