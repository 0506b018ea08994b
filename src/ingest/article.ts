/**
 * Builds the values ingest yields: a `RawArticle` whose id hashes only path-independent content
 * (url, title, body), so the same article read twice gets the same id; and `Rejected` values.
 */
import { contentId } from '../shared/hash.ts';
import { rejected, warning } from '../diagnostics.ts';
import type { BodyFormat, Diagnostic, InputKind, RawArticle, Rejected } from '../types.ts';
import type { Problem } from './stream.ts';

export interface ArticleInit {
  readonly path: string | null;
  readonly input: InputKind;
  readonly format: BodyFormat;
  readonly body: string;
  readonly title?: string | null;
  readonly url?: string | null;
  readonly source?: string | null;
  readonly publishedAt?: string | null;
  readonly language?: string | null;
  readonly diagnostics?: readonly Diagnostic[];
}

export function makeArticle(init: ArticleInit): RawArticle {
  const title = init.title ?? null;
  const url = init.url ?? null;
  return {
    kind: 'article',
    id: contentId(url, title, init.body),
    path: init.path,
    input: init.input,
    format: init.format,
    body: init.body,
    title,
    url,
    source: init.source ?? null,
    publishedAt: init.publishedAt ?? null,
    language: init.language ?? null,
    diagnostics: init.diagnostics ?? [],
  };
}

/** The `Rejected` value for a problem found at `path`. */
export function rejectProblem(path: string, problem: Problem): Rejected {
  return rejected('ingest', path, problem.rule, problem.message);
}

/** A warning about an input that was kept. */
export function warnProblem(path: string, problem: Problem): Diagnostic {
  return warning('ingest', { rule: problem.rule, message: problem.message, path });
}

/** Where an input's articles come from: the path to report and the path to give articles. */
export interface Origin {
  /** The path as given (`-` for stdin); `Rejected.path` and the base of `path#n`. */
  readonly path: string;
  /** The path a single-document article carries (null for stdin). */
  readonly articlePath: string | null;
  /** Warnings about the whole input, copied onto each of its articles. */
  readonly notes: readonly Diagnostic[];
}

/** `feed.xml` + 3 → `feed.xml#3`. */
export function itemPath(origin: Origin, index: number): string {
  return `${origin.path}#${index}`;
}
