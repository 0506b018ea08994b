/**
 * The language layer: sentences (never across paragraphs), named entities (person, organization,
 * place, other) and dates, each with its span in the clean `text`.
 *
 * Diagnostics (source `nlp`):
 * - `unresolved-date` (warning): relative dates stay unresolved because the article has no
 *   publication date and no `referenceDate` was given (`resolveDates` can fix them later).
 * - `no-sentences` (info): the article has no text to read.
 */
import type { ArticleEntity, CleanArticle, DateMention, Diagnostic, Sentence } from '../types.ts';
import { info, warning } from '../diagnostics.ts';
import type { NlpOptions } from './options.ts';
import type { Nlp } from './model.ts';
import { tokenize } from './tokens.ts';
import { findEntities } from './article-entities.ts';
import { findDates, reresolveDates } from './dates.ts';

export { createNlp } from './model.ts';
export type { Nlp, NlpModelOptions } from './model.ts';
export { linkStoryEntities } from './story-entities.ts';
export type { StoryEntity, ArticleEntities } from './story-entities.ts';

export interface LanguageAnnotations {
  readonly sentences: readonly Sentence[];
  readonly entities: readonly ArticleEntity[];
  readonly dates: readonly DateMention[];
  readonly diagnostics: readonly Diagnostic[];
}

function referenceOf(article: CleanArticle, options: NlpOptions): string | null {
  const published = article.publishedAt === null ? null : /^\d{4}-\d{2}-\d{2}/.exec(article.publishedAt)?.[0];
  return published ?? options.referenceDate;
}

function diagnosticsOf(article: CleanArticle, sentences: readonly Sentence[], dates: readonly DateMention[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const path = article.path ?? undefined;
  if (sentences.length === 0) out.push(info('nlp', { rule: 'no-sentences', message: 'The article has no text to annotate.', path }));
  const unresolved = dates.filter((d) => d.value === null);
  if (unresolved.length > 0) {
    out.push(warning('nlp', {
      rule: 'unresolved-date', path, span: unresolved[0]?.span, data: { count: unresolved.length },
      message: `${unresolved.length} relative date(s) left unresolved: no publication date or reference date.`,
    }));
  }
  return out;
}

/** Sentences, entities and dates of one clean article. Pure apart from the model's first load. */
export function analyzeLanguage(nlp: Nlp, article: CleanArticle, options: NlpOptions): LanguageAnnotations {
  const { tokens, sentences } = tokenize(nlp.wink(), article.text, article.paragraphs);
  const entities = findEntities({ tokens, gazetteer: nlp.gazetteer(), source: article.text, isKnownWord: nlp.isKnownWord, isStopWord: nlp.isStopWord });
  const dates = findDates(sentences, referenceOf(article, options));
  return { sentences, entities, dates, diagnostics: diagnosticsOf(article, sentences, dates) };
}

/** Re-resolve relative dates of an undated article against a date the caller supplies (e.g. the story's date). */
export function resolveDates(nlp: Nlp, text: string, dates: readonly DateMention[], referenceDate: string): DateMention[] {
  void nlp;
  return reresolveDates(text, dates, referenceDate);
}
