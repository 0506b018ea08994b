/** Small invented values for the store tests: annotated articles and briefs, no pipeline needed. */
import type { AnnotatedArticle, Brief, BriefFact } from '../../src/types.ts';
import { contentId } from '../../src/shared/hash.ts';

export interface ArticleInit {
  readonly id?: string;
  readonly title?: string | null;
  readonly text: string;
  readonly source?: string | null;
  readonly publishedAt?: string | null;
  readonly entities?: readonly string[];
}

/** An annotated article with one paragraph, one sentence and the given entity names (as places). */
export function makeArticle(init: ArticleInit): AnnotatedArticle {
  const id = init.id ?? contentId('fixture', init.text);
  const span = { start: 0, end: init.text.length };
  return {
    kind: 'article',
    id,
    path: `${id}.txt`,
    input: 'text',
    title: init.title ?? null,
    url: null,
    source: init.source ?? null,
    publishedAt: init.publishedAt ?? '2031-04-02',
    language: 'en',
    diagnostics: [],
    text: init.text,
    paragraphs: [span],
    headings: [],
    removed: [{ text: 'Subscribe now', reason: 'teaser' }],
    dateline: null,
    wire: null,
    words: init.text.split(/\s+/).length,
    sentences: [{ span, text: init.text, paragraph: 0 }],
    entities: (init.entities ?? []).map((name) => ({
      id: contentId('place', name),
      name,
      type: 'place',
      aliases: [],
      roles: [],
      mentions: [{ start: 0, end: 1 }],
    })),
    dates: [],
    quotes: [],
  };
}

export interface BriefInit {
  readonly id: string;
  readonly headline: string;
  readonly articles: readonly AnnotatedArticle[];
  readonly facts?: readonly Pick<BriefFact, 'text' | 'status'>[];
  readonly duplicates?: Readonly<Record<string, string>>;
}

/** A contract-shaped brief over the given articles (facts cite the first article). */
export function makeBrief(init: BriefInit): Brief {
  const first = init.articles[0]!.id;
  const entityIds = new Set<string>();
  const entities = init.articles.flatMap((a) =>
    a.entities
      .filter((e) => !entityIds.has(e.id) && entityIds.add(e.id) !== undefined)
      .map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: [], mentions: 1, articles: [a.id] })),
  );
  return {
    id: init.id,
    headline: init.headline,
    summary: [],
    eventDate: { value: '2031-04-01', precision: 'day' },
    articles: init.articles.map((a) => ({
      id: a.id,
      path: a.path,
      source: a.source,
      url: a.url,
      title: a.title,
      publishedAt: a.publishedAt,
      dateline: a.dateline,
      words: a.words,
      duplicateOf: init.duplicates?.[a.id] ?? null,
      headings: [],
      removed: [...a.removed],
    })),
    entities,
    quotes: [],
    facts: (init.facts ?? []).map((f, i) => ({
      id: `${init.id}-f${i}`,
      text: f.text,
      status: f.status,
      articles: [first],
      evidence: [{ article: first, sentence: f.text }],
    })),
    conflicts: [],
    timeline: [],
    coverage: [],
  };
}
