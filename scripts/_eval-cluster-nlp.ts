// Entities for scripts/eval-cluster.ts from the nlp stage (`createNlp()` + `analyzeLanguage()`).
// The module is loaded by name at run time so this script keeps working while that stage evolves.
import type { ArticleEntity, CleanArticle, Span } from '../src/types.ts';
import { contentId } from '../src/shared/hash.ts';

interface NlpModule {
  createNlp(): unknown;
  analyzeLanguage(nlp: unknown, article: CleanArticle, options?: unknown): { readonly entities?: readonly ArticleEntity[] };
}

export interface EntityDoc {
  readonly id: string;
  readonly text: string;
  readonly title: string | null;
  readonly publishedAt: string | null;
}

/** A CleanArticle of a plain text: one paragraph per line (or blank-line block). */
export function cleanArticleOf(doc: EntityDoc): CleanArticle {
  const paragraphs = doc.text.split(/\n+/).map((p) => p.trim()).filter((p) => p !== '');
  const text = paragraphs.join('\n\n');
  const spans: Span[] = [];
  let start = 0;
  for (const p of paragraphs) {
    spans.push({ start, end: start + p.length });
    start += p.length + 2;
  }
  return {
    kind: 'article', id: contentId(doc.id), path: doc.id, input: 'text', title: doc.title, url: null, source: null,
    publishedAt: doc.publishedAt, language: 'en', diagnostics: [], text, paragraphs: spans, headings: [], removed: [],
    dateline: null, wire: null, words: text.split(/\s+/).filter(Boolean).length,
  };
}

export async function nlpEntities(): Promise<(doc: EntityDoc) => readonly ArticleEntity[]> {
  const specifier = '../src/nlp/index.ts';
  const nlpModule = (await import(specifier)) as NlpModule;
  const nlp = nlpModule.createNlp();
  return (doc) => nlpModule.analyzeLanguage(nlp, cleanArticleOf(doc)).entities ?? [];
}
