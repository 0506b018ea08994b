/**
 * A block of the content element before the boilerplate rules run: its text plus the DOM
 * features the rules read (characters inside links, the tag, the class and id names of its
 * ancestors inside the content, whether it sits in a figure, a list or a heading).
 */
import { isElement, normaliseSpace, type DomElement, type DomNode } from './_dom.ts';

export interface RawBlock {
  readonly type: 'paragraph' | 'heading';
  readonly text: string;
  /** Upper-case tag of the element that made the block (`#text` for loose text). */
  readonly tag: string;
  /** Characters of the text that are inside `<a>` elements. */
  readonly linkChars: number;
  /** Class and id names of the block element and its ancestors up to the content root, lower case. */
  readonly hints: readonly string[];
  /** Upper-case tags of the ancestors up to the content root, nearest first. */
  readonly ancestors: readonly string[];
}

const HEADING = /^H[1-6]$/;
const LEAF = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TD', 'TH', 'FIGCAPTION', 'CAPTION']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'OPTION', 'INPUT', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'MATH']);
const INLINE = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'SMALL', 'SUB', 'SUP', 'CODE', 'ABBR', 'CITE', 'Q', 'U', 'S', 'MARK', 'TIME', 'FONT', 'LABEL', 'BR', 'IMG', 'WBR', 'DEL', 'INS', 'KBD', 'VAR', 'DFN', 'BDI', 'BDO', 'BIG', 'TT', 'STRIKE', 'PICTURE', 'SOURCE']);
/** Deeper trees than this are not walked further (hostile pages). */
const MAX_DEPTH = 200;

interface Context {
  readonly hints: readonly string[];
  readonly ancestors: readonly string[];
  readonly depth: number;
}

const tagOf = (el: DomElement): string => el.tagName.toUpperCase();

function hintsOf(el: DomElement): string[] {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
  return names.toLowerCase().split(/\s+/).filter((n) => n !== '');
}

/** Characters inside links, measured on normalised text (no recursion: safe on deep trees). */
function linkCharsOf(node: DomNode): number {
  if (!isElement(node)) return 0;
  const links = tagOf(node) === 'A' ? [node] : Array.from(node.querySelectorAll('a'));
  return links.reduce((sum, a) => sum + normaliseSpace(a.textContent ?? '').length, 0);
}

function isInlineOnly(el: DomElement, depth: number): boolean {
  if (depth > MAX_DEPTH) return true;
  for (const child of Array.from(el.children)) {
    const tag = tagOf(child);
    if (SKIP.has(tag)) continue;
    if (!INLINE.has(tag) || !isInlineOnly(child, depth + 1)) return false;
  }
  return true;
}

/** Collects the blocks of a content element in document order. */
export function collectRawBlocks(root: DomElement): RawBlock[] {
  const out: RawBlock[] = [];
  walk(root, { hints: hintsOf(root), ancestors: [], depth: 0 }, out);
  return out.filter((b) => b.text !== '');
}

function walk(el: DomElement, ctx: Context, out: RawBlock[]): void {
  let loose: DomNode[] = [];
  const flush = (): void => {
    if (loose.length > 0) out.push(looseBlock(loose, ctx));
    loose = [];
  };
  for (const child of Array.from(el.childNodes)) {
    if (!isElement(child)) {
      if (child.nodeType === 3) loose.push(child);
      continue;
    }
    const tag = tagOf(child);
    if (SKIP.has(tag)) continue;
    if (INLINE.has(tag) && isInlineOnly(child, ctx.depth)) {
      loose.push(child);
      continue;
    }
    flush();
    const inner: Context = { hints: [...hintsOf(child), ...ctx.hints], ancestors: [tag, ...ctx.ancestors], depth: ctx.depth + 1 };
    if (HEADING.test(tag) || LEAF.has(tag) || isInlineOnly(child, ctx.depth) || ctx.depth >= MAX_DEPTH) {
      out.push(leafBlock(child, tag, inner));
    } else {
      walk(child, inner, out);
    }
  }
  flush();
}

function leafBlock(el: DomElement, tag: string, ctx: Context): RawBlock {
  return {
    type: HEADING.test(tag) ? 'heading' : 'paragraph',
    text: normaliseSpace(el.textContent ?? ''),
    tag,
    linkChars: linkCharsOf(el),
    hints: ctx.hints,
    ancestors: ctx.ancestors.slice(1),
  };
}

function looseBlock(nodes: readonly DomNode[], ctx: Context): RawBlock {
  const text = normaliseSpace(nodes.map((n) => n.textContent ?? '').join(''));
  const linkChars = nodes.reduce((sum, n) => sum + linkCharsOf(n), 0);
  return { type: 'paragraph', text, tag: '#text', linkChars, hints: ctx.hints, ancestors: ctx.ancestors };
}
