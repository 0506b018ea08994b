/**
 * Single-document inputs that ingest passes through untouched: plain text (body = the text as is,
 * header lines included, which clean reads) and HTML pages (body = the whole page; metadata and
 * main content are left to clean).
 *
 * Rules: `empty-input` (nothing but white space).
 */
import type { RawArticle, Rejected } from '../types.ts';
import { makeArticle, rejectProblem, type Origin } from './article.ts';

/** A plain-text article: the body is the text exactly as decoded. */
export function readTextDocument(text: string, origin: Origin): RawArticle | Rejected {
  if (text.trim() === '') return emptyInput(origin);
  return makeArticle({ path: origin.articlePath, input: 'text', format: 'text', body: text, diagnostics: origin.notes });
}

/** An HTML page, passed through whole for clean to extract. */
export function readHtmlDocument(html: string, origin: Origin): RawArticle | Rejected {
  if (html.trim() === '') return emptyInput(origin);
  return makeArticle({ path: origin.articlePath, input: 'html', format: 'html', body: html, diagnostics: origin.notes });
}

export function emptyInput(origin: Origin): Rejected {
  return rejectProblem(origin.path, { rule: 'empty-input', message: 'file is empty (nothing but white space)' });
}
