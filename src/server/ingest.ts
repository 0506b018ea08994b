/**
 * `POST /api/articles`: a request body → articles → the store. The body is a JSON article or an
 * array of them, JSON Lines, plain text or an HTML page; a JSON article has the fields `newsdesk
 * ingest` reads from `.jsonl` (`id, url, title, source, publishedAt|date, text|html|content`).
 * Each article is read by the ingest stage, cleaned and annotated by the pipeline and added with
 * `ingestInto` (newsroom.ts): already stored articles are skipped, and only the stories that change
 * are re-briefed. Unreadable items are reported with their rule and message, the rest go in.
 */
import { readInputContent } from '../ingest/index.ts';
import { isRejected } from '../diagnostics.ts';
import { ingestInto } from '../newsroom.ts';
import { processArticle, type PipelineContext } from '../pipeline.ts';
import type { Options } from '../options.ts';
import type { Store } from '../store/index.ts';
import type { AnnotatedArticle, Diagnostic } from '../types.ts';
import { BadRequestError } from './errors.ts';

/** How a request body is read, by its media type. */
export type BodyKind = 'json' | 'jsonl' | 'text' | 'html';

const MEDIA_TYPES: Readonly<Record<string, BodyKind>> = {
  'application/json': 'json',
  'application/x-ndjson': 'jsonl',
  'application/ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/x-jsonlines': 'jsonl',
  'application/jsonlines': 'jsonl',
  'text/plain': 'text',
  'text/html': 'html',
};

export const ACCEPTED_MEDIA_TYPES: readonly string[] = Object.keys(MEDIA_TYPES);

/** The body kind of a Content-Type header; null when it is absent or not accepted. */
export function bodyKind(contentType: string | undefined): BodyKind | null {
  const media = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return MEDIA_TYPES[media] ?? null;
}

/** The name the ingest stage reads the body under: its extension gives the input kind. */
const BODY_NAMES: Readonly<Record<BodyKind, string>> = { json: 'request.jsonl', jsonl: 'request.jsonl', text: 'request.txt', html: 'request.html' };

/** A JSON body (one article object or an array of them) as JSON Lines; bad JSON or UTF-8 is a 400. */
export function jsonBodyAsLines(body: Uint8Array): string {
  let value: unknown;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new BadRequestError('the body is not valid UTF-8 (JSON must be)', 'bad-json');
  }
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new BadRequestError(`the body is not valid JSON (${err instanceof Error ? err.message : String(err)})`, 'bad-json');
  }
  const items = Array.isArray(value) ? value : [value];
  if (items.length === 0) throw new BadRequestError('the body is an empty array: no articles to add', 'no-articles');
  // Each item on its own line; a non-object item is then rejected by the ingest stage with its line number.
  return items.map((item) => JSON.stringify(item) ?? 'null').join('\n');
}

/** One item the server could not read, with the reasons (the ingest stage's diagnostics). */
export interface RejectedItem {
  readonly path: string;
  readonly problems: readonly { readonly rule: string; readonly message: string }[];
}

export interface IngestReport {
  /** Articles added to the store. */
  readonly added: number;
  /** Articles the store already held (not added again). */
  readonly known: number;
  /** Ids of the new articles and of those already stored, in body order. */
  readonly articles: readonly string[];
  /** Stories started or re-briefed by this request. */
  readonly stories: readonly string[];
  /** Stories merged into others and deleted. */
  readonly removed: readonly string[];
  readonly rejected: readonly RejectedItem[];
}

export interface IngestDeps {
  readonly store: Store;
  readonly options: Options;
  readonly pipeline: () => PipelineContext;
  readonly now?: () => Date;
}

function rejectedItem(path: string, diagnostics: readonly Diagnostic[]): RejectedItem {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return { path, problems: (errors.length > 0 ? errors : diagnostics).map((d) => ({ rule: `${d.source}/${d.rule}`, message: d.message })) };
}

/**
 * Reads, annotates and stores the articles of a body. The body stays bytes up to the ingest
 * stage, which checks its encoding as it does for files. Call it through the write queue.
 */
export async function ingestBody(kind: BodyKind, body: Uint8Array, deps: IngestDeps): Promise<IngestReport> {
  const content = kind === 'json' ? jsonBodyAsLines(body) : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const fresh: AnnotatedArticle[] = [];
  const ids: string[] = [];
  const rejected: RejectedItem[] = [];
  let known = 0;
  const seen = new Set<string>();
  for await (const raw of readInputContent(BODY_NAMES[kind], content, deps.options.ingest)) {
    if (isRejected(raw)) {
      rejected.push(rejectedItem(raw.path, raw.diagnostics));
      continue;
    }
    ids.push(raw.id);
    if (seen.has(raw.id) || (await deps.store.hasArticle(raw.id))) {
      known += 1;
      continue;
    }
    seen.add(raw.id);
    const article = processArticle(deps.pipeline(), raw, deps.options);
    if (isRejected(article)) {
      ids.pop();
      rejected.push(rejectedItem(article.path, article.diagnostics));
    } else fresh.push(article);
  }
  if (fresh.length === 0 && known === 0) {
    throw new BadRequestError(`no article could be read from the body (${rejected.length} item(s) rejected)`, 'no-articles', { rejected });
  }
  const summary = await ingestInto(deps.store, fresh, deps.options, { nlp: deps.pipeline().nlp, now: deps.now });
  return { added: summary.added, known: known + summary.known, articles: ids, stories: summary.stories, removed: summary.removed, rejected };
}

/** Runs one ingest request; the app calls it through its write queue, one at a time. */
export type IngestRunner = (kind: BodyKind, body: Uint8Array) => Promise<IngestReport>;

/** Ingest on the server's own thread (pages wait while articles are annotated and regrouped). */
export function inProcessIngest(deps: IngestDeps): IngestRunner {
  return (kind, body) => ingestBody(kind, body, deps);
}
