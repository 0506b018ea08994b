/**
 * Raw body → normalised blocks plus the metadata found on the way. Plain text goes through the date
 * header and the paragraph splitter; HTML through `extractHtml`. Container metadata (the RawArticle's
 * title, url, source, publishedAt, language) wins over what is found in the body or page.
 * Private to `src/clean`.
 */
import type { Diagnostic, RawArticle, Removal } from '../types.ts';
import { info } from '../diagnostics.ts';
import type { Block } from './_block.ts';
import { readDateHeader } from './date-header.ts';
import { splitParagraphs } from './blocks.ts';
import { normaliseBlockText, normaliseWhitespace } from './normalise.ts';
import { defaultHtmlOptions, extractHtml } from './html/index.ts';
import type { CleanOptions } from './options.ts';

export interface CleanInput {
  readonly blocks: readonly Block[];
  readonly title: string | null;
  readonly url: string | null;
  readonly source: string | null;
  readonly publishedAt: string | null;
  readonly language: string | null;
  /** Author named by the page's metadata (HTML only). */
  readonly byline: string | null;
  /** What HTML extraction cut from inside the main content. */
  readonly removed: readonly Removal[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads the body of a raw article into normalised blocks. */
export function readBody(raw: RawArticle, options: CleanOptions): CleanInput {
  return raw.format === 'html' ? readHtml(raw, options) : readText(raw, options);
}

function readText(raw: RawArticle, options: CleanOptions): CleanInput {
  const header = readDateHeader(normaliseWhitespace(raw.body));
  const blocks = splitParagraphs(header.body, { maxWrapWidth: options.maxWrapWidth })
    .map((text) => ({ type: 'paragraph' as const, text: normaliseBlockText(text) }))
    .filter((b) => b.text !== '');
  const diagnostics: Diagnostic[] = [];
  if (header.header !== null) {
    diagnostics.push(
      info('clean', {
        rule: 'date-header',
        message: `Took the publication date ${header.publishedAt ?? ''} from the date header.`,
        ...(raw.path === null ? {} : { path: raw.path }),
        data: { text: header.header },
      }),
    );
  }
  return {
    blocks,
    title: raw.title,
    url: raw.url,
    source: raw.source,
    publishedAt: raw.publishedAt ?? header.publishedAt,
    language: raw.language,
    byline: null,
    removed: [],
    diagnostics,
  };
}

function readHtml(raw: RawArticle, options: CleanOptions): CleanInput {
  const page = extractHtml(raw.body, raw.url, options.html ?? defaultHtmlOptions);
  const blocks = page.blocks
    .map((b) => ({ type: b.type, text: normaliseBlockText(b.text) }))
    .filter((b) => b.text !== '');
  return {
    blocks,
    title: raw.title ?? page.title,
    url: raw.url ?? page.url,
    source: raw.source ?? page.source,
    publishedAt: raw.publishedAt ?? page.publishedAt,
    language: raw.language ?? page.language,
    byline: page.byline,
    removed: page.removed,
    // The stage decides rejection itself, from the clean body; extraction errors are not repeated.
    diagnostics: page.diagnostics.filter((d) => d.severity !== 'error'),
  };
}
