/**
 * Lexical boilerplate: a block whose wording and shape mark it as a teaser ("Read more: ..."),
 * a newsletter or subscription call, an advertisement label, a share bar, a photo caption or
 * credit, an author contact line, a timestamp or byline line, a contributor line ("Reporting by
 * ..."), an affiliate disclosure, or a copyright line. General cues only: the rules look at how
 * a block starts and ends and at how long it is, never at a site's own words.
 *
 * Reasons: `teaser`, `newsletter`, `advertisement`, `share-bar`, `caption`, `author-contact`,
 * `timestamp`, `byline`, `contributor-line`, `disclosure`, `copyright`.
 */
import type { RawBlock } from './_raw-block.ts';

interface TextRule {
  readonly reason: string;
  /** Longest block, in words, the rule may remove. */
  readonly maxWords: number;
  readonly pattern: RegExp;
}

const RULES: readonly TextRule[] = [
  {
    reason: 'teaser',
    maxWords: 40,
    pattern:
      /^(?:read (?:more|also|next|the full)|related(?: stories| articles| coverage| content| news| links)?\s*[:|»>-]|see (?:also|more)\b|also (?:read|on|see)\b|also:|more (?:on|from|about) (?:this|that|the)\b|more:|recommended(?: for you| reading)?\s*[:|]|you (?:may|might) (?:also )?(?:like|enjoy|be interested)|don['’]?t miss|most (?:read|popular|viewed)\b|trending now\b|watch:|listen:|previous(?: article| post)?\s*[:|]|next(?: article| post)?\s*[:|])/iu,
  },
  {
    reason: 'teaser',
    maxWords: 40,
    pattern: /^\(?(?:leggi anche|lesen sie auch|lire aussi|leia também|lea también|lees ook|mehr zum thema|à lire aussi|auch interessant)\b/iu,
  },
  { reason: 'teaser', maxWords: 25, pattern: /^(?:on|at) [\p{L}\p{N}.-]+\.(?:com|org|net|co\.uk)\s*:/iu },
  {
    reason: 'newsletter',
    maxWords: 45,
    pattern:
      /^(?:sign up\b|subscribe\b|get (?:the|our) (?:latest|best)\b|join (?:our|the) (?:newsletter|mailing)|(?:our|the|free) newsletter|enter your email|by signing up|already a subscriber|become a (?:member|subscriber)|support (?:our|independent) journalism)/iu,
  },
  { reason: 'advertisement', maxWords: 4, pattern: /^(?:advertisement|advertising|advert|sponsored(?: content)?|ad|story continues below(?: advertisement)?|continue reading below)\W*$/iu },
  {
    reason: 'caption',
    maxWords: 60,
    pattern: /^(?:photo|image|picture|video|graphic|illustration|foto|file photo)s?(?: by| credit)?\s*:|^image \d+ of \d+|\((?:ap|afp|reuters|getty)[^)]*(?:photo|image)s?[^)]*\)\s*$|\b(?:credit|photograph|photo|image)s?\s*:\s*[^.]{0,80}$/iu,
  },
  { reason: 'caption', maxWords: 6, pattern: /^(?:caption|close|enlarge|expand|hide caption|toggle caption|show caption|(?:\d+|image) of \d+|\d+\s*\/\s*\d+)$/iu },
  {
    reason: 'author-contact',
    maxWords: 40,
    pattern: /^(?:have a (?:news )?tip\b|contact (?:the )?(?:author|reporter|writer)|follow (?:him|her|them|us|me)\b|email (?:the )?(?:author|reporter)|[\w.+-]+@[\w-]+\.[\w.]+$|(?:https?:\/\/)?(?:www\.)?twitter\.com\/\w+$|@\w+$)|\bmay be reached at\b|\bcan be reached at\b/iu,
  },
  {
    reason: 'newsletter',
    maxWords: 60,
    pattern: /^(?:if you (?:enjoyed|liked|value|appreciate)d? (?:this|our|reading)|like this (?:story|article)\?)|\b(?:sign up|subscribe)\b.*\bnewsletters?\b|\bnewsletters?\b.*\b(?:sign up|subscribe)\b/iu,
  },
  {
    reason: 'timestamp',
    maxWords: 20,
    pattern:
      /^(?:first |last )?(?:published|updated|posted|modified|created)(?: on| at)?\s*:?\s*(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/iu,
  },
  { reason: 'byline', maxWords: 20, pattern: /^(?:by|By|BY)\s+\p{Lu}[\p{L}.'’-]+\s+(?:\p{Lu}\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s*(?:[,|–—-]|and|&|on\b|$))/u },
  {
    reason: 'contributor-line',
    maxWords: 45,
    pattern: /^\(?(?:reporting|writing|editing|additional reporting) by\b|\bcontributed (?:to )?(?:this )?report(?:ing)?\b[^.]*\.?\)?$/iu,
  },
  {
    reason: 'caption',
    maxWords: 40,
    pattern: /\((?:left|right|centre|center|top|bottom|pictured|l|r|file)\)|[.\p{Ll}]\s?(?:AP|AFP|Reuters|Getty Images|EPA|Shutterstock|Xinhua|Bloomberg)\s*$/u,
  },
  { reason: 'share-bar', maxWords: 60, pattern: /click to tweet$/iu },
  { reason: 'teaser', maxWords: 30, pattern: /^follow (?:\S+ ){0,4}(?:full |live |latest )?coverage\b/iu },
  { reason: 'disclosure', maxWords: 60, pattern: /\b(?:may|might|could) (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?commission\b/iu },
  { reason: 'copyright', maxWords: 50, pattern: /^(?:©|\(c\)|copyright\b)|all rights reserved\.?$|©\s?(?:19|20)\d{2}/iu },
];

const SHARE_WORDS =
  /^(?:share|shares|tweet|email|e-mail|print|copy|link|copy link|facebook|twitter|x|whatsapp|pinterest|pin|linkedin|reddit|messenger|telegram|flipboard|comments?|save|download|this|article|on|via|sms)$/iu;

const wordsOf = (text: string): string[] => text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));

/** A short block made only of share/social words ("Share Facebook Twitter Email"). */
function isShareBar(text: string): boolean {
  const words = wordsOf(text)
    .map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ''))
    .filter((w) => !/^\d+$/u.test(w));
  return words.length > 0 && words.length <= 12 && words.every((w) => SHARE_WORDS.test(w));
}

/** The removal reason a block's wording gives, or null. */
export function lexicalReason(block: RawBlock): string | null {
  if (isShareBar(block.text)) return 'share-bar';
  const words = wordsOf(block.text).length;
  for (const rule of RULES) {
    if (words <= rule.maxWords && rule.pattern.test(block.text)) return rule.reason;
  }
  return null;
}
