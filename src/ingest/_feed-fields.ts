/**
 * Reading fields out of the objects fast-xml-parser builds for feeds (attributes prefixed `@_`,
 * text in `#text` when a node also has attributes, repeated elements as arrays).
 */
export type XmlNode = Readonly<Record<string, unknown>>;

export function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The values of an element that may occur once or many times. */
export function many(value: unknown): readonly unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The local part of a possibly prefixed name: `rdf:RDF` → `RDF`. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The first child among `names` (exact, prefixed names allowed) that is present. */
export function child(node: XmlNode, ...names: readonly string[]): unknown {
  for (const name of names) if (node[name] !== undefined) return node[name];
  return undefined;
}

/** The first child whose local name is `name`, whatever its prefix. */
export function childByLocalName(node: XmlNode, name: string): unknown {
  const key = Object.keys(node).find((k) => !k.startsWith('@_') && localName(k) === name);
  return key === undefined ? undefined : node[key];
}

/** The text of an element (first one when repeated), trimmed; null when empty or absent. */
export function textOf(value: unknown): string | null {
  const first = many(value)[0];
  if (typeof first === 'string') return first.trim() === '' ? null : first.trim();
  if (typeof first === 'number' || typeof first === 'boolean') return String(first);
  if (isNode(first)) return textOf(first['#text']);
  return null;
}

/** An attribute of an element, or null. */
export function attribute(value: unknown, name: string): string | null {
  const first = many(value)[0];
  return isNode(first) ? textOf(first[`@_${name}`]) : null;
}

/** Atom: the `href` of the `alternate` link (or of a link without `rel`); RSS: the link's text. */
export function linkOf(value: unknown): string | null {
  const links = many(value);
  const alternate = links.find((l) => isNode(l) && l['@_href'] !== undefined && (l['@_rel'] ?? 'alternate') === 'alternate');
  if (alternate !== undefined) return attribute(alternate, 'href');
  for (const link of links) {
    const text = textOf(link);
    if (text !== null) return text;
  }
  return null;
}
