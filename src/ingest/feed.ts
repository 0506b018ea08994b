/**
 * Feeds: RSS 2.0, RSS 1.0 (RDF) and Atom, parsed with fast-xml-parser. One article per item or
 * entry, path `file#n` (n from 1): title, link, publication date (ISO 8601), outlet (the item's own
 * `<source>`, else the feed title, else the host of the feed's or item's link) and body
 * (`content:encoded`, `content`, `description` or `summary`; format `html` when it holds markup).
 *
 * Rules: `malformed-feed` (not well-formed XML), `not-a-feed` (XML of another kind),
 * `empty-feed` (no items), `empty-item` (an item with no body); warning `unreadable-date`.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { RawArticle, Rejected } from '../types.ts';
import { itemPath, makeArticle, rejectProblem, warnProblem, type Origin } from './article.ts';
import { attribute, child, childByLocalName, isNode, linkOf, localName, many, textOf, type XmlNode } from './_feed-fields.ts';
import { hasMarkup, normalizeDate, urlHost } from './metadata.ts';

interface FeedShape {
  readonly channel: XmlNode;
  readonly items: readonly unknown[];
}

/** Feed-level values every item inherits. */
interface FeedContext {
  readonly origin: Origin;
  readonly title: string | null;
  readonly host: string | null;
  readonly language: string | null;
}

const repeated = new Set(['item', 'entry', 'link']);

/** Reads every item of a feed document; the whole feed is rejected when it cannot be parsed. */
export function readFeed(xml: string, origin: Origin): readonly (RawArticle | Rejected)[] {
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  if (valid !== true) {
    const { msg, line } = valid.err;
    return [rejectProblem(origin.path, { rule: 'malformed-feed', message: `feed XML is malformed at line ${line}: ${msg}` })];
  }
  const parsed = parseXml(xml);
  if (typeof parsed === 'string') return [rejectProblem(origin.path, { rule: 'malformed-feed', message: `feed XML cannot be parsed: ${parsed}` })];
  const shape = findShape(parsed);
  if (shape === null) {
    const root = Object.keys(parsed).find((k) => !k.startsWith('?')) ?? 'nothing';
    return [rejectProblem(origin.path, { rule: 'not-a-feed', message: `XML root <${root}> is not an RSS, RSS 1.0 (RDF) or Atom feed` })];
  }
  if (shape.items.length === 0) return [rejectProblem(origin.path, { rule: 'empty-feed', message: 'feed has no items or entries' })];
  const context = feedContext(shape.channel, origin);
  return shape.items.map((item, index) => readItem(isNode(item) ? item : {}, index + 1, context));
}

/** The parsed document, or the parser's error message. */
function parseXml(xml: string): XmlNode | string {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => repeated.has(localName(name)),
    // Atom XHTML content is markup of its own: keep it verbatim, in document order.
    stopNodes: ['..content[type=xhtml]', '..summary[type=xhtml]'],
  });
  try {
    const value: unknown = parser.parse(xml);
    return isNode(value) ? value : 'no document element';
  } catch (cause) {
    return cause instanceof Error ? cause.message : String(cause);
  }
}

function findShape(doc: XmlNode): FeedShape | null {
  const rss = childByLocalName(doc, 'rss');
  if (rss !== undefined) {
    const channel = many(isNode(rss) ? childByLocalName(rss, 'channel') : undefined)[0];
    return isNode(channel) ? { channel, items: many(childByLocalName(channel, 'item')) } : { channel: {}, items: [] };
  }
  const rdf = childByLocalName(doc, 'RDF');
  if (isNode(rdf)) {
    const channel = many(childByLocalName(rdf, 'channel'))[0];
    const items = many(childByLocalName(rdf, 'item'));
    const channelNode = isNode(channel) ? channel : {};
    return { channel: channelNode, items: items.length > 0 ? items : many(childByLocalName(channelNode, 'item')) };
  }
  const feed = childByLocalName(doc, 'feed');
  if (feed !== undefined) return isNode(feed) ? { channel: feed, items: many(childByLocalName(feed, 'entry')) } : { channel: {}, items: [] };
  return null;
}

function feedContext(channel: XmlNode, origin: Origin): FeedContext {
  return {
    origin,
    title: textOf(childByLocalName(channel, 'title')),
    host: urlHost(linkOf(childByLocalName(channel, 'link'))),
    language: textOf(child(channel, 'language', 'dc:language')) ?? textOf(channel['@_xml:lang']),
  };
}

function readItem(item: XmlNode, index: number, context: FeedContext): RawArticle | Rejected {
  const path = itemPath(context.origin, index);
  const body = itemBody(item);
  if (body === null) return rejectProblem(path, { rule: 'empty-item', message: `feed item ${index} has no content, description or summary` });
  const url = itemLink(item);
  const rawDate = textOf(child(item, 'pubDate', 'published', 'updated', 'dc:date', 'dc:created', 'date'));
  const publishedAt = normalizeDate(rawDate);
  const notes = rawDate !== null && publishedAt === null
    ? [...context.origin.notes, warnProblem(path, { rule: 'unreadable-date', message: `feed item date "${rawDate}" is not a date; left empty` })]
    : context.origin.notes;
  return makeArticle({
    path,
    input: 'feed',
    format: body.format,
    body: body.text,
    title: textOf(childByLocalName(item, 'title')),
    url,
    source: textOf(child(item, 'source')) ?? context.title ?? context.host ?? urlHost(url),
    publishedAt,
    language: textOf(child(item, 'language', 'dc:language')) ?? textOf(item['@_xml:lang']) ?? context.language,
    diagnostics: notes,
  });
}

interface ItemBody {
  readonly text: string;
  readonly format: 'text' | 'html';
}

/** The fullest body an item offers: full content first, then description or summary. */
function itemBody(item: XmlNode): ItemBody | null {
  for (const name of ['content:encoded', 'content', 'atom:content', 'description', 'summary', 'atom:summary']) {
    const value = item[name];
    if (value === undefined) continue;
    const type = attribute(value, 'type');
    const text = textOf(value);
    if (text === null) continue;
    const format = type === 'text' ? 'text' : type === 'html' || type === 'xhtml' || hasMarkup(text) ? 'html' : 'text';
    return { text, format };
  }
  return null;
}

/** The item's link; else a permalink guid, an RDF `about` or an Atom id that is a web address. */
function itemLink(item: XmlNode): string | null {
  const link = linkOf(child(item, 'link', 'atom:link'));
  if (link !== null) return link;
  const guid = child(item, 'guid');
  const candidates = [attribute(guid, 'isPermaLink') === 'false' ? null : textOf(guid), textOf(item['@_rdf:about']), textOf(child(item, 'id'))];
  return candidates.find((c) => c !== null && urlHost(c) !== null) ?? null;
}
