/**
 * The small, structural view of the DOM that this folder uses. linkedom's own typings
 * refer to the browser's lib.dom, which the project does not load, so the parsed document
 * is narrowed to these interfaces once, here.
 */
import { parseHTML } from 'linkedom';

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly children: ArrayLike<DomElement>;
  readonly parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly head: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * Parses an HTML string into a document (no scripts run: linkedom has no script engine).
 * linkedom needs an `<html>` root, so fragments and empty input are wrapped in one.
 */
export function parseDocument(html: string): DomDocument {
  const page = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  const window = parseHTML(page) as unknown as { readonly document: DomDocument };
  return window.document;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Collapses runs of white space (including non-breaking spaces) to single spaces and trims. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** The normalised text of an element, or '' for null. */
export function textOf(node: DomNode | null): string {
  return node === null ? '' : normaliseSpace(node.textContent ?? '');
}

/** All elements matching a selector, as an array. */
export function selectAll(root: DomDocument | DomElement, selector: string): DomElement[] {
  return Array.from(root.querySelectorAll(selector));
}

/** Depth of the element tree under `root`, counted up to `limit` (iterative: safe on hostile trees). */
export function treeDepth(root: DomElement, limit: number): number {
  let deepest = 0;
  const stack: { readonly element: DomElement; readonly depth: number }[] = [{ element: root, depth: 1 }];
  while (stack.length > 0) {
    const { element, depth } = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Array.from(element.children)) stack.push({ element: child, depth: depth + 1 });
  }
  return deepest;
}
