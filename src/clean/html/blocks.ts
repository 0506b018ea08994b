/** Converts a content element into ordered text blocks (paragraphs and headings). */
import { isElement, normaliseSpace, type DomElement, type DomNode } from './_dom.ts';

export interface HtmlBlock {
  readonly type: 'paragraph' | 'heading';
  readonly text: string;
}

const HEADING = /^H[1-6]$/;
const LEAF_BLOCK = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TD', 'TH', 'FIGCAPTION', 'CAPTION']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'FORM']);

/** Collects blocks in document order: headings, leaf blocks, and loose text between blocks. */
export function collectBlocks(root: DomElement): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  walk(root, blocks);
  return blocks.filter((b) => b.text !== '');
}

function walk(element: DomElement, out: HtmlBlock[]): void {
  let loose = '';
  const flush = (): void => {
    const text = normaliseSpace(loose);
    if (text !== '') out.push({ type: 'paragraph', text });
    loose = '';
  };
  for (const child of Array.from(element.childNodes)) {
    if (!isElement(child)) {
      loose += child.nodeType === 3 ? (child.textContent ?? '') : '';
      continue;
    }
    const tag = child.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (HEADING.test(tag)) {
      flush();
      out.push({ type: 'heading', text: normaliseSpace(child.textContent ?? '') });
    } else if (LEAF_BLOCK.has(tag) || !hasBlockChild(child)) {
      if (isInline(tag)) {
        loose += child.textContent ?? '';
        continue;
      }
      flush();
      out.push({ type: 'paragraph', text: normaliseSpace(child.textContent ?? '') });
    } else {
      flush();
      walk(child, out);
    }
  }
  flush();
}

const INLINE = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'SMALL', 'SUB', 'SUP', 'CODE', 'ABBR', 'CITE', 'Q', 'U', 'S', 'MARK', 'TIME', 'FONT', 'LABEL', 'BR']);

function isInline(tag: string): boolean {
  return INLINE.has(tag);
}

function hasBlockChild(element: DomNode): boolean {
  for (const child of Array.from(element.childNodes)) {
    if (isElement(child) && !isInline(child.tagName.toUpperCase())) return true;
  }
  return false;
}
