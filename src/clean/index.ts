/**
 * The clean stage: RawArticle → CleanArticle (body without boilerplate, with structure and metadata)
 * or Rejected. Plain text and HTML become the same normalised blocks, then run through the same
 * block cleaners, one module per concern.
 *
 * Rules emitted (source `clean`):
 * - info, with a Removal of the same reason and `data.text`: `teaser`, `social`, `comment-form`,
 *   `photo-credit`, `byline`, `timestamp`, `outlet-boilerplate`, `related-headline`, `title-repeat`,
 *   `trailing-heading` (and whatever HTML extraction reports for what it cut).
 * - info, no Removal (the text moves into a field): `date-header` → publishedAt, `dateline` →
 *   dateline and wire, `title-from-body` → title.
 * - error: `no-article` when the clean body is empty or shorter than `minArticleWords`;
 *   `clean-failed` when cleaning met an unexpected error (a bug; the article is rejected, not thrown).
 */
import type { CleanArticle, Diagnostic, RawArticle, Rejected, Removal } from '../types.ts';
import { error, info } from '../diagnostics.ts';
import { runPasses, type Block, type PassContext } from './_block.ts';
import { readBody, type CleanInput } from './_input.ts';
import { assembleBody, type Body } from './_assemble.ts';
import { readDateline, type Dateline } from './dateline.ts';
import { removeTeasers } from './teasers.ts';
import { removeSocial } from './social.ts';
import { removeCommentForm } from './comment-form.ts';
import { removeCredits } from './credits.ts';
import { removeBylines } from './bylines.ts';
import { markHeadings } from './headings.ts';
import { removeRelatedHeadlines } from './related-headlines.ts';
import { removeOutletBoilerplate, type OutletMemory } from './outlet-memory.ts';
import type { CleanOptions } from './options.ts';

export { createOutletMemory, type OutletMemory, type OutletMemoryLimits } from './outlet-memory.ts';
export { defaultCleanOptions, type CleanOptions } from './options.ts';

/**
 * Cleans one article: body text without boilerplate, with structure and metadata. Never throws.
 * When a memory is given, the article's short lines are judged against, then recorded in, the
 * memory of its outlet (`source`, else the URL's host).
 */
export function cleanArticle(raw: RawArticle, options: CleanOptions, memory?: OutletMemory): CleanArticle | Rejected {
  try {
    return cleanOrReject(raw, options, memory);
  } catch (cause) {
    const message = `Cleaning failed unexpectedly: ${cause instanceof Error ? cause.message : String(cause)}.`;
    return reject(raw, [], error('clean', { rule: 'clean-failed', message, path: raw.path ?? '-' }));
  }
}

function cleanOrReject(raw: RawArticle, options: CleanOptions, memory: OutletMemory | undefined): CleanArticle | Rejected {
  const input = readBody(raw, options);
  const context: PassContext = { title: input.title, source: input.source, url: input.url, byline: input.byline };
  const shape = { maxWords: options.maxHeadingWords };
  const outlet = input.source ?? hostOf(input.url);
  const cleaned = runPasses(input.blocks, [
    (b) => removeOutletBoilerplate(b, { outlet, memory, threshold: options.outletRepeatThreshold, maxWords: options.maxOutletLineWords }),
    removeTeasers,
    removeSocial,
    removeCommentForm,
    removeCredits,
    (b) => removeBylines(b, context),
  ]);
  const dated = takeDateline(cleaned.blocks);
  const structured = runPasses(dated.blocks, [
    (b) => markHeadings(b, shape),
    (b) => removeRelatedHeadlines(b, input.title, shape),
  ]);
  const body = assembleBody(structured.blocks, input.title);
  const removed = [...input.removed, ...cleaned.removed, ...structured.removed, ...body.removed];
  const diagnostics = [...input.diagnostics, ...movedDiagnostics(raw, dated.dateline, body), ...removed.map((r) => removalDiagnostic(raw, r))];
  if (body.words === 0 || body.words < options.minArticleWords) {
    const message = `The clean body has ${body.words} words, fewer than the ${options.minArticleWords} an article needs.`;
    return reject(raw, diagnostics, error('clean', { rule: 'no-article', message, path: raw.path ?? '-' }));
  }
  return toArticle(raw, input, body, dated.dateline, removed, diagnostics);
}

function toArticle(
  raw: RawArticle,
  input: CleanInput,
  body: Body,
  dateline: Dateline | null,
  removed: readonly Removal[],
  diagnostics: readonly Diagnostic[],
): CleanArticle {
  return {
    kind: 'article',
    id: raw.id,
    path: raw.path,
    input: raw.input,
    title: input.title ?? body.title,
    url: input.url,
    source: input.source,
    publishedAt: input.publishedAt,
    language: input.language,
    text: body.text,
    paragraphs: body.paragraphs,
    headings: body.headings,
    removed,
    dateline: dateline?.place ?? null,
    wire: dateline?.wire ?? null,
    words: body.words,
    diagnostics: [...raw.diagnostics, ...diagnostics],
  };
}

/** Takes the dateline off the first paragraph. */
function takeDateline(blocks: readonly Block[]): { readonly blocks: readonly Block[]; readonly dateline: Dateline | null } {
  const index = blocks.findIndex((b) => b.type === 'paragraph');
  const first = blocks[index];
  const dateline = first === undefined ? null : readDateline(first.text);
  if (dateline === null || dateline.rest.trim() === '') return { blocks, dateline: null };
  return { blocks: blocks.map((b, i) => (i === index ? { ...b, text: dateline.rest.trim() } : b)), dateline };
}

function movedDiagnostics(raw: RawArticle, dateline: Dateline | null, body: Body): Diagnostic[] {
  const path = raw.path === null ? {} : { path: raw.path };
  const out: Diagnostic[] = [];
  if (dateline !== null) {
    const message = `Took the dateline ${dateline.place ?? dateline.wire ?? ''} off the first sentence.`;
    out.push(info('clean', { rule: 'dateline', message, ...path, data: { text: dateline.text } }));
  }
  if (body.title !== null && raw.title === null) {
    out.push(info('clean', { rule: 'title-from-body', message: 'Took the title from the first line.', ...path, data: { text: body.title } }));
  }
  return out;
}

function removalDiagnostic(raw: RawArticle, removal: Removal): Diagnostic {
  const message = `Removed a ${removal.reason.replace(/-/gu, ' ')} line from the body.`;
  return info('clean', { rule: removal.reason, message, ...(raw.path === null ? {} : { path: raw.path }), data: { text: removal.text } });
}

function reject(raw: RawArticle, diagnostics: readonly Diagnostic[], cause: Diagnostic): Rejected {
  return { kind: 'rejected', path: raw.path ?? '-', diagnostics: [...raw.diagnostics, ...diagnostics, cause] };
}

function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.replace(/^www\./u, '').toLowerCase();
  } catch {
    return null;
  }
}
