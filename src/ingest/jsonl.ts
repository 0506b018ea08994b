/**
 * JSON Lines: one article per line, streamed (memory stays bounded whatever the file size). Fields:
 * `id, url, title, source, publishedAt|date, text|html|content, language|lang`; `html` gives format
 * `html`, `content` is sniffed for markup. Path `file#lineNo`. Blank lines are skipped.
 *
 * Rules: `malformed-json` (a line that is not JSON), `not-an-object` (JSON that is not an object),
 * `empty-item` (no text, html or content), `line-too-large`, `invalid-utf8` (error or warning),
 * `empty-input` (no line at all); warning `unreadable-date`.
 */
import type { Diagnostic, RawArticle, Rejected } from '../types.ts';
import { itemPath, makeArticle, rejectProblem, warnProblem, type Origin } from './article.ts';
import { decodeChecked } from './decode.ts';
import type { ByteLine } from './lines.ts';
import { hasMarkup, nonEmptyString, normalizeDate, urlHost } from './metadata.ts';
import type { Problem } from './stream.ts';

export interface JsonLinesInput {
  readonly lines: AsyncIterable<ByteLine>;
  readonly origin: Origin;
  readonly maxInvalidUtf8Ratio: number;
  /** The problem that cut the stream short, if any (read once the lines are exhausted). */
  readonly problem: () => Problem | null;
}

/** Yields one article or rejection per non-blank line, then a rejection if the stream was cut. */
export async function* readJsonLines(input: JsonLinesInput): AsyncGenerator<RawArticle | Rejected> {
  let seen = 0;
  for await (const line of input.lines) {
    if (line.kind === 'line' && !line.terminated && input.problem() !== null) break;
    const path = itemPath(input.origin, line.lineNo);
    if (line.kind === 'too-large') {
      seen += 1;
      yield rejectProblem(path, { rule: 'line-too-large', message: `line ${line.lineNo} is ${line.size} bytes long, over the line-size limit` });
      continue;
    }
    const decoded = decodeChecked(line.bytes, input.maxInvalidUtf8Ratio);
    if (decoded.kind === 'problem') yield rejectProblem(path, decoded.problem);
    if (decoded.kind === 'problem' || decoded.text.trim() === '') continue;
    seen += 1;
    const notes = decoded.warning === null ? input.origin.notes : [...input.origin.notes, warnProblem(path, decoded.warning)];
    yield readJsonLine(decoded.text, { path, lineNo: line.lineNo, notes });
  }
  const problem = input.problem();
  if (problem !== null) yield rejectProblem(input.origin.path, { rule: problem.rule, message: `${problem.message}; ${seen} line(s) read before` });
  else if (seen === 0) yield rejectProblem(input.origin.path, { rule: 'empty-input', message: 'file is empty (no JSON lines)' });
}

export interface LineContext {
  readonly path: string;
  readonly lineNo: number;
  readonly notes: readonly Diagnostic[];
}

/** One JSON line → an article, or the reason it cannot be one. */
export function readJsonLine(text: string, context: LineContext): RawArticle | Rejected {
  const parsed = parseRecord(text, context);
  if (parsed.kind === 'rejected') return parsed;
  const record = parsed.record;
  const body = recordBody(record);
  if (body === null) return rejectProblem(context.path, { rule: 'empty-item', message: `line ${context.lineNo} has no text, html or content field` });
  const url = nonEmptyString(record['url']) ?? nonEmptyString(record['link']);
  const rawDate = record['publishedAt'] ?? record['date'] ?? record['published'];
  const publishedAt = normalizeDate(rawDate);
  const unreadable = rawDate !== undefined && rawDate !== null && rawDate !== '' && publishedAt === null;
  const notes = unreadable
    ? [...context.notes, warnProblem(context.path, { rule: 'unreadable-date', message: `line ${context.lineNo} date ${JSON.stringify(rawDate)} is not a date; left empty` })]
    : context.notes;
  return makeArticle({
    path: context.path,
    input: 'jsonl',
    format: body.format,
    body: body.text,
    title: nonEmptyString(record['title']),
    url,
    source: nonEmptyString(record['source']) ?? urlHost(url),
    publishedAt,
    language: nonEmptyString(record['language']) ?? nonEmptyString(record['lang']),
    diagnostics: notes,
  });
}

type JsonRecord = Readonly<Record<string, unknown>>;

function parseRecord(text: string, context: LineContext): { readonly kind: 'record'; readonly record: JsonRecord } | Rejected {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return rejectProblem(context.path, { rule: 'malformed-json', message: `line ${context.lineNo} is not valid JSON (${reason})` });
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { kind: 'record', record: value as JsonRecord };
  const shape = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
  return rejectProblem(context.path, { rule: 'not-an-object', message: `line ${context.lineNo} is ${shape}, not a JSON object` });
}

/** `text` as plain text, `html` as HTML, `content` sniffed for markup; the first non-empty one. */
function recordBody(record: JsonRecord): { readonly text: string; readonly format: 'text' | 'html' } | null {
  const text = nonEmptyString(record['text']);
  if (text !== null) return { text: rawString(record['text']), format: 'text' };
  const html = nonEmptyString(record['html']);
  if (html !== null) return { text: rawString(record['html']), format: 'html' };
  const content = nonEmptyString(record['content']);
  if (content !== null) return { text: rawString(record['content']), format: hasMarkup(content) ? 'html' : 'text' };
  return null;
}

function rawString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
