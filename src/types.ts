/**
 * The values that flow through newsdesk, one stage to the next:
 * input → RawArticle → CleanArticle → AnnotatedArticle → Story → Brief.
 * Each value is read-only; stages return new values. Every value carries the
 * diagnostics of the stages it went through.
 */

export type StageName =
  | 'ingest'
  | 'clean'
  | 'nlp'
  | 'quotes'
  | 'dedup'
  | 'cluster'
  | 'facts'
  | 'brief'
  | 'store'
  | 'render'
  | 'server'
  | 'cli';

export type Severity = 'info' | 'warning' | 'error';

/** Half-open character range [start, end) in an article's clean `text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Diagnostic {
  readonly source: StageName;
  /** kebab-case rule id, e.g. `teaser`, `binary-input`, `low-confidence-speaker`. */
  readonly rule: string;
  readonly severity: Severity;
  /** One sentence, readable by a user. */
  readonly message: string;
  readonly path?: string;
  readonly span?: Span;
  readonly data?: Readonly<Record<string, unknown>>;
}

/** How the input container was read. */
export type InputKind = 'text' | 'html' | 'feed' | 'jsonl';

/** Format of an article body before cleaning. */
export type BodyFormat = 'text' | 'html';

/** Output of ingest: one article as found in its container, body not yet cleaned. */
export interface RawArticle {
  readonly kind: 'article';
  /** Content hash (stable for the same input). */
  readonly id: string;
  /** The input path as given (for a feed or JSON Lines item: `path#n`); null for stdin text. */
  readonly path: string | null;
  readonly input: InputKind;
  readonly format: BodyFormat;
  /** The body: plain text or an HTML document/fragment. */
  readonly body: string;
  /** Metadata known from the container (feed item, JSON line); cleaning may fill in more. */
  readonly title: string | null;
  readonly url: string | null;
  readonly source: string | null;
  /** `YYYY-MM-DD` or ISO 8601. */
  readonly publishedAt: string | null;
  readonly language: string | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** An input, or an article, that a stage dropped. Its diagnostics say why (severity `error`). */
export interface Rejected {
  readonly kind: 'rejected';
  /** The input path as given (or `path#n` for an item of a container, `-` for stdin). */
  readonly path: string;
  readonly diagnostics: readonly Diagnostic[];
}

export interface Removal {
  readonly text: string;
  /** kebab-case rule id of the cleaner that removed it, e.g. `related-headline`, `comment-form`. */
  readonly reason: string;
}

export interface Heading {
  readonly text: string;
  /** Index in `paragraphs` of the paragraph the heading stands before. */
  readonly before: number;
}

/** Output of clean: the article body without boilerplate, with its structure. */
export interface CleanArticle extends Omit<RawArticle, 'body' | 'format'> {
  /** Clean body: paragraphs separated by a blank line (`\n\n`). Headings are not in it. */
  readonly text: string;
  /** Span of each paragraph in `text`. */
  readonly paragraphs: readonly Span[];
  readonly headings: readonly Heading[];
  readonly removed: readonly Removal[];
  /** e.g. `OSLO`, `LAGOS`. */
  readonly dateline: string | null;
  /** Wire-service tag in the dateline, e.g. `Reuters`, `AP`. */
  readonly wire: string | null;
  readonly words: number;
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export interface Sentence {
  readonly span: Span;
  readonly text: string;
  /** Index of the paragraph that holds it. */
  readonly paragraph: number;
}

/** An entity as found in one article. */
export interface ArticleEntity {
  /** Content hash of the type and canonical name. */
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  /** Titles and roles seen with the name (President, Prime Minister). */
  readonly roles: readonly string[];
  readonly mentions: readonly Span[];
}

export type DatePrecision = 'day' | 'month' | 'year' | 'decade';

export interface DateMention {
  readonly text: string;
  /** `2025-09-02`, `2025-11`, `2024` or `1970s`; null when it could not be resolved (no reference date). */
  readonly value: string | null;
  readonly precision: DatePrecision;
  readonly span: Span;
  /** True when resolved against the publication date (or a date the caller supplied). */
  readonly relative: boolean;
}

export interface QuoteSpeaker {
  readonly name: string;
  /** `ArticleEntity.id` where the speaker is linked to an entity. */
  readonly entity: string | null;
  /** 0..1 */
  readonly confidence: number;
}

export interface ArticleQuote {
  readonly id: string;
  readonly text: string;
  readonly kind: 'full' | 'partial';
  readonly span: Span;
  readonly speaker: QuoteSpeaker | null;
}

/** Output of the language layer. */
export interface AnnotatedArticle extends CleanArticle {
  readonly sentences: readonly Sentence[];
  readonly entities: readonly ArticleEntity[];
  readonly dates: readonly DateMention[];
  readonly quotes: readonly ArticleQuote[];
}

/** Output of dedup and cluster: articles of one event. */
export interface Story {
  readonly id: string;
  readonly articles: readonly AnnotatedArticle[];
  /** articleId → the earlier article it nearly duplicates. */
  readonly duplicateOf: Readonly<Record<string, string>>;
  /** articleId → the article it is largely built from (not an independent source). */
  readonly derivedFrom: Readonly<Record<string, string>>;
  readonly diagnostics: readonly Diagnostic[];
}

/* ---- The output contract: shared/spec/brief.md, version 1 ---- */

export interface Citation {
  readonly article: string;
  readonly sentence: string;
}

export interface BriefArticle {
  readonly id: string;
  readonly path: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly publishedAt: string | null;
  readonly dateline: string | null;
  readonly words: number;
  readonly duplicateOf: string | null;
  readonly headings: readonly string[];
  readonly removed: readonly Removal[];
}

export interface BriefEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly mentions: number;
  readonly articles: readonly string[];
}

export interface BriefQuote {
  readonly id: string;
  readonly speaker: { readonly name: string; readonly entity: string | null } | null;
  readonly text: string;
  readonly kind: 'full' | 'partial';
  readonly articles: readonly string[];
  readonly variants: readonly { readonly text: string; readonly articles: readonly string[] }[];
}

export type FactStatus = 'corroborated' | 'single-source' | 'disputed';

export interface BriefFact {
  readonly id: string;
  readonly text: string;
  readonly status: FactStatus;
  readonly articles: readonly string[];
  readonly evidence: readonly Citation[];
}

export interface BriefConflict {
  readonly id: string;
  readonly about: string;
  readonly kind: 'place' | 'date' | 'number' | 'quote' | 'other';
  readonly evolving: boolean;
  readonly positions: readonly {
    readonly value: string;
    readonly articles: readonly string[];
    readonly evidence: readonly Citation[];
  }[];
}

export interface TimelineEntry {
  readonly date: string;
  readonly precision: DatePrecision;
  readonly text: string;
  readonly articles: readonly string[];
}

export interface CoverageEntry {
  readonly article: string;
  readonly facts: number;
  readonly unique: readonly string[];
  readonly missing: readonly string[];
}

export interface SummarySentence {
  readonly text: string;
  readonly facts: readonly string[];
  readonly articles: readonly string[];
}

export interface Brief {
  readonly id: string;
  readonly headline: string;
  readonly summary: readonly SummarySentence[];
  readonly eventDate: { readonly value: string; readonly precision: DatePrecision } | null;
  readonly articles: readonly BriefArticle[];
  readonly entities: readonly BriefEntity[];
  readonly quotes: readonly BriefQuote[];
  readonly facts: readonly BriefFact[];
  readonly conflicts: readonly BriefConflict[];
  readonly timeline: readonly TimelineEntry[];
  readonly coverage: readonly CoverageEntry[];
}

/** One article as printed by `newsdesk extract`. */
export interface ExtractedArticle extends BriefArticle {
  readonly text: string;
  readonly entities: readonly BriefEntity[];
  readonly quotes: readonly BriefQuote[];
  readonly dates: readonly { readonly text: string; readonly value: string | null; readonly precision: DatePrecision }[];
}

/* ---- Story-level language values (produced by nlp and quotes over a story, consumed by facts) ---- */

/** An entity linked across the articles of a story. */
export interface StoryEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly roles: readonly string[];
  readonly mentions: number;
  readonly articles: readonly string[];
  /** Article-level entity id (`ArticleEntity.id`) → this story entity's id, for every article entity it joins. */
  readonly members: Readonly<Record<string, string>>;
}

/**
 * One quote across a story: the same words from several articles, with their other wordings.
 * It is already the contract's quote; its speaker's `entity` is a `StoryEntity.id` where linked.
 */
export type StoryQuote = BriefQuote;

/** What the facts stage reads: a story and its story-level entities and quotes. */
export interface StoryContext {
  readonly story: Story;
  readonly entities: readonly StoryEntity[];
  readonly quotes: readonly StoryQuote[];
}
