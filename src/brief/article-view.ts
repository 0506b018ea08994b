/** Contract views of one article: the `articles[]` entry of a Brief and the `newsdesk extract` record. */
import type {
  AnnotatedArticle,
  ArticleEntity,
  ArticleQuote,
  BriefArticle,
  BriefEntity,
  BriefQuote,
  CleanArticle,
  ExtractedArticle,
} from '../types.ts';

export function toBriefArticle(article: CleanArticle, duplicateOf: string | null = null): BriefArticle {
  return {
    id: article.id,
    path: article.path,
    source: article.source,
    url: article.url,
    title: article.title,
    publishedAt: article.publishedAt,
    dateline: article.dateline,
    words: article.words,
    duplicateOf,
    headings: article.headings.map((h) => h.text),
    removed: article.removed.map((r) => ({ text: r.text, reason: r.reason })),
  };
}

function toBriefEntity(entity: ArticleEntity, articleId: string): BriefEntity {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: [...entity.aliases],
    mentions: entity.mentions.length,
    articles: [articleId],
  };
}

function toBriefQuote(quote: ArticleQuote, articleId: string): BriefQuote {
  return {
    id: quote.id,
    speaker: quote.speaker ? { name: quote.speaker.name, entity: quote.speaker.entity } : null,
    text: quote.text,
    kind: quote.kind,
    articles: [articleId],
    variants: [],
  };
}

export function toExtractedArticle(article: AnnotatedArticle): ExtractedArticle {
  return {
    ...toBriefArticle(article),
    text: article.text,
    entities: article.entities.map((e) => toBriefEntity(e, article.id)),
    quotes: article.quotes.map((q) => toBriefQuote(q, article.id)),
    dates: article.dates.map((d) => ({ text: d.text, value: d.value, precision: d.precision })),
  };
}
