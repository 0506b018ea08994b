/**
 * Share, follow, newsletter, subscription, app and cookie lines: `Share this article`, `Follow us on
 * X`, `Sign up for our newsletter`, `Subscribe now`, `We use cookies …`, or a bare row of network
 * names (`Facebook Twitter WhatsApp Email`). Emits rule `social`.
 *
 * A line goes only when it is short and opens with a call to action aimed at the reader, or consists
 * of network names and share words alone. A sentence that merely mentions a network stays.
 */
import { removeBlocks, isShortBlock, type Block, type Pass } from './_block.ts';
import { wordsOf } from './_text.ts';

const NETWORKS =
  'facebook|twitter|x|instagram|linkedin|whatsapp|telegram|youtube|tiktok|threads|bluesky|mastodon|' +
  'reddit|pinterest|snapchat|flipboard|google news|google|email|e-mail|print|copy link|messenger|rss';

/** Calls to action that open the line. */
const CALLS = [
  String.raw`share (?:this|the) (?:article|story|post|page|video)`,
  String.raw`share (?:on|via|to) (?:${NETWORKS})`,
  String.raw`(?:follow|like|join|find|connect with) us(?: on| at)?`,
  String.raw`follow (?:@|the author|our)`,
  String.raw`(?:sign up|signup|register|subscribe)(?: now| today| here| free)?(?: for| to)? (?:our|the|a|free|daily|weekly)? ?(?:\w+ )?(?:newsletter|briefing|alerts?|updates|digest|channel)`,
  String.raw`subscribe(?: now| today| here)?\s*[!.:]?$`,
  String.raw`(?:get|receive) (?:the|our) (?:latest|best|top)?\s*(?:news|stories|headlines|updates)? ?(?:in|to|delivered)`,
  String.raw`(?:download|get) (?:our|the \w+) app`,
  String.raw`(?:click|tap) here to (?:subscribe|follow|share|join|download|sign up|read)`,
  String.raw`(?:we|this (?:site|website)) uses? cookies`,
  String.raw`(?:accept|manage|reject) (?:all )?cookies`,
  String.raw`by (?:continuing|using) (?:to (?:use|browse) )?(?:this|our) (?:site|website)`,
  String.raw`already a subscriber`,
  String.raw`support (?:our|independent) journalism`,
  String.raw`(?:to )?continue reading,? (?:subscribe|sign in|log in)`,
  String.raw`for the latest (?:news|updates|headlines),? follow`,
];

const CALL = new RegExp(`^[\\s>»|•*-]*(?:${CALLS.join('|')})`, 'iu');
const SHARE_WORD = new RegExp(`^(?:${NETWORKS}|share|tweet|pin|like|follow|comments?|save|\\d+)$`, 'iu');

/** Longest line a call to action may stand in, in words. */
const MAX_SOCIAL_WORDS = 30;

/** True when the line is a share/follow/subscribe/cookie line. */
export function isSocialLine(line: string): boolean {
  const text = line.trim();
  if (CALL.test(text)) return true;
  return isNetworkRow(text);
}

/** Removes social lines, anywhere in the body. */
export function removeSocial(blocks: readonly Block[]): Pass {
  return removeBlocks(blocks, 'social', (block) => isShortBlock(block, MAX_SOCIAL_WORDS) && isSocialLine(block.text));
}

/** A row of two or more network names and share words, nothing else. */
function isNetworkRow(text: string): boolean {
  const words = wordsOf(text.replace(/google news|copy link|e-mail/giu, (m) => m.replace(/[\s-]/gu, '')));
  if (words.length < 2) return false;
  const names = words.map((w) => w.replace(/^(googlenews|copylink)$/iu, 'google'));
  return names.every((w) => SHARE_WORD.test(w)) && !/[.!?]$/u.test(text);
}
