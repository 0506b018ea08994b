/**
 * Structural boilerplate: a block whose own tag, ancestor tags or class/id names mark it as a
 * caption, navigation, share bar, related-links box, newsletter form, comment section, author
 * box, advertisement or tag list. Reads only markup, never the words of the text.
 */
import type { RawBlock } from './_raw-block.ts';

/** Class/id name tokens (split on `-`, `_`) → removal reason. */
const HINT_REASONS: ReadonlyMap<string, string> = new Map([
  ...['caption', 'captions', 'credit', 'credits', 'gallery', 'slideshow', 'slide', 'photo', 'photos', 'img', 'figure', 'lightbox', 'carousel']
    .map((t) => [t, 'caption'] as const),
  ...['nav', 'navbar', 'navigation', 'menu', 'submenu', 'breadcrumb', 'breadcrumbs', 'topnav', 'sitenav', 'skip']
    .map((t) => [t, 'navigation'] as const),
  ...['share', 'sharing', 'social', 'sharebar', 'sharedaddy', 'print', 'addthis', 'shares']
    .map((t) => [t, 'share-bar'] as const),
  ...['related', 'recommended', 'recommendations', 'outbrain', 'taboola', 'popular', 'trending', 'promo', 'readmore', 'teaser', 'teasers', 'sidebar', 'more']
    .map((t) => [t, 'related'] as const),
  ...['newsletter', 'subscribe', 'subscription', 'signup', 'paywall', 'registration', 'cookie', 'cookies', 'consent', 'gdpr']
    .map((t) => [t, 'newsletter'] as const),
  ...['comment', 'comments', 'disqus', 'respond', 'replies', 'reply']
    .map((t) => [t, 'comments'] as const),
  ...['byline', 'author', 'authors', 'bio', 'dateline', 'timestamp', 'headline', 'kicker', 'eyebrow']
    .map((t) => [t, 'article-header'] as const),
  ...['ad', 'ads', 'advert', 'advertisement', 'adsense', 'dfp', 'sponsor', 'sponsored', 'banner']
    .map((t) => [t, 'advertisement'] as const),
  ...['tags', 'tag', 'keywords', 'topics', 'categories']
    .map((t) => [t, 'tags'] as const),
]);

const TAG_REASONS: ReadonlyMap<string, string> = new Map([
  ['FIGURE', 'caption'],
  ['FIGCAPTION', 'caption'],
  ['CAPTION', 'caption'],
  ['NAV', 'navigation'],
  ['HEADER', 'article-header'],
  ['ASIDE', 'related'],
  ['FOOTER', 'page-footer'],
  ['FORM', 'newsletter'],
]);

/** Splits class and id names into lower-case word tokens (`article-share_bar` → article, share, bar). */
export function hintTokens(names: readonly string[]): string[] {
  return names.flatMap((n) => n.split(/[^a-z0-9]+/)).filter((t) => t !== '');
}

/** The markers (tags as `<TAG>`, hint tokens as themselves) that the rules read on a block. */
export function markersOf(block: RawBlock): Set<string> {
  const tags = [block.tag, ...block.ancestors].filter((t) => TAG_REASONS.has(t)).map((t) => `<${t}>`);
  return new Set([...tags, ...hintTokens(block.hints).filter((t) => HINT_REASONS.has(t))]);
}

/**
 * Markers that wrap most of the content are the article's own container (a page that puts its
 * story in a `<form>` or a `post has-sidebar` box), not boilerplate: they are ignored.
 */
export function containerMarkers(blocks: readonly RawBlock[], maxShare: number): Set<string> {
  const chars = new Map<string, number>();
  let total = 0;
  for (const block of blocks) {
    total += block.text.length;
    for (const marker of markersOf(block)) chars.set(marker, (chars.get(marker) ?? 0) + block.text.length);
  }
  return new Set([...chars].filter(([, n]) => n > total * maxShare).map(([marker]) => marker));
}

/** The removal reason the markup around a block gives, or null. */
export function structuralReason(block: RawBlock, ignored: ReadonlySet<string>): string | null {
  for (const tag of [block.tag, ...block.ancestors]) {
    const reason = TAG_REASONS.get(tag);
    if (reason !== undefined && !ignored.has(`<${tag}>`)) return reason;
  }
  for (const token of hintTokens(block.hints)) {
    const reason = HINT_REASONS.get(token);
    if (reason !== undefined && !ignored.has(token)) return reason;
  }
  return null;
}
