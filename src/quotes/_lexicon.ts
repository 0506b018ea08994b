/**
 * Word lists the quote rules read: speech verbs, pronouns, titles and roles. They describe English
 * news prose in general (how attribution is written), never the words of any particular article.
 */

/** Verbs that report speech or writing, in all the forms news prose uses (said, says, saying…). */
const speechStems = [
  'say', 'said', 'tell', 'told', 'add', 'state', 'assert', 'note', 'emphasise', 'emphasize', 'stress',
  'insist', 'warn', 'post', 'tweet', 'write', 'wrote', 'explain', 'declare', 'announce', 'claim',
  'argue', 'remark', 'reply', 'replied', 'respond', 'recall', 'continue', 'conclude', 'comment',
  'acknowledge', 'admit', 'ask', 'answer', 'observe', 'mention', 'suggest', 'predict', 'promise',
  'vow', 'urge', 'caution', 'concede', 'contend', 'maintain', 'underline', 'underscore', 'highlight',
  'describe', 'praise', 'call', 'quip', 'joke', 'boast', 'complain', 'charge', 'counter', 'point',
  'agree', 'pledge', 'confirm', 'deny', 'denied', 'shout', 'chant', 'yell', 'testify', 'testified',
  'scream', 'cry', 'cried', 'whisper', 'exclaim', 'lament', 'proclaim', 'reiterate', 'elaborate',
  'articulate', 'express', 'thank', 'told', 'wonder', 'read', 'put', 'recount', 'interject', 'groan',
  'sigh', 'snap', 'muse', 'offer', 'assure', 'reassure', 'retort', 'repeat', 'add', 'begin', 'began',
];

function verbForms(stem: string): string[] {
  if (/(?:said|told|wrote|replied|denied|testified|cried|read|put|began)$/.test(stem)) return [stem];
  const base = stem.replace(/e$/, '');
  const doubled = /^(?:snap|quip|begin|chant)$/.test(stem) ? stem + stem.slice(-1) : base;
  const y = stem.endsWith('y') && !/[aeiou]y$/.test(stem);
  const third = y ? `${stem.slice(0, -1)}ies` : /(?:s|sh|ch|x)$/.test(stem) ? `${stem}es` : `${stem}s`;
  const past = y ? `${stem.slice(0, -1)}ied` : stem.endsWith('e') ? `${stem}d` : `${doubled}ed`;
  return [stem, third, past, `${doubled}ing`];
}

const speechVerbForms = new Set<string>(speechStems.flatMap(verbForms));

/** True when a lower-cased word is a form of a speech verb. */
export function isSpeechVerb(word: string): boolean {
  return speechVerbForms.has(word.toLowerCase());
}

/** Speech-verb forms that carry no subject of their own (`…, adding, “…”`). */
export function isParticiple(word: string): boolean {
  return /ing$/i.test(word) && isSpeechVerb(word);
}

/** Verbs that take the listener as a bare object: `X told Y`, `X assured Y`. */
export function takesListener(word: string): boolean {
  return /^(?:told|tell|tells|telling|assured|assures|assuring|reassured|warned|warns|urged|urges|asked|asks|thanked|thanks|praised|praises|called|calls|described|describes)$/i.test(word);
}

export type PronounKind = 'male' | 'female' | 'plural' | 'neuter' | 'first';

const pronouns = new Map<string, PronounKind>([
  ['he', 'male'], ['him', 'male'], ['his', 'male'], ['she', 'female'], ['her', 'female'], ['they', 'plural'],
  ['them', 'plural'], ['it', 'neuter'], ['i', 'first'], ['we', 'first'],
]);

export function pronounKind(word: string): PronounKind | null {
  return pronouns.get(word.toLowerCase()) ?? null;
}

/** Honorifics and short titles written before a name (`Mr.`, `Sen.`, `PM`). */
const honorifics = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'rev',
  'pm', 'sir', 'dame', 'lord', 'lady', 'judge', 'justice', 'pope', 'sheikh', 'imam', 'rabbi', 'father',
  'sister', 'brother', 'st', 'hon', 'mayor', 'chief', 'coach', 'officer', 'detective', 'agent',
]);

/** Role nouns: a description (`the prime minister`) or a title before a name (`President X`). */
const roles = new Set([
  'president', 'vice', 'prime', 'minister', 'premier', 'leader', 'chancellor', 'senator', 'governor',
  'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'ceo',
  'director', 'mayor', 'king', 'queen', 'prince', 'princess', 'emperor', 'general', 'commander',
  'ambassador', 'envoy', 'official', 'candidate', 'nominee', 'congressman', 'congresswoman',
  'lawmaker', 'representative', 'speaker', 'attorney', 'lawyer', 'founder', 'executive', 'head',
  'manager', 'adviser', 'advisor', 'aide', 'strategist', 'analyst', 'economist', 'professor',
  'businessman', 'businesswoman', 'billionaire', 'mogul', 'chief', 'justice', 'judge', 'sheriff',
  'commissioner', 'diplomat', 'pastor', 'bishop', 'cardinal', 'pope', 'counsel', 'statesman',
  'incumbent', 'contender', 'challenger', 'host', 'anchor', 'reporter', 'author', 'surrogate',
  'pm', 'fm', 'frontrunner', 'front-runner', 'democrat', 'republican', 'activist', 'organizer',
  'actor', 'actress', 'singer', 'rapper', 'star', 'player', 'coach', 'owner', 'officer', 'mother',
  'father', 'wife', 'husband', 'son', 'daughter', 'campaign',
]);

/** Bits of what the lexicon says about a word (a token's `flags`; `capital` is set by the tokenizer). */
export const wordFlag = { capital: 1, role: 2, honorific: 4, notName: 8, pronoun: 16 } as const;

/**
 * The lexicon bits of a lower-case word (as a token holds it), without re-normalising it: a trailing
 * full stop is ignored for roles and honorifics, a possessive `'s` for `notName`.
 */
export function lexiconFlags(lower: string): number {
  const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  const owner = lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower;
  let flags = roles.has(bare) ? wordFlag.role : 0;
  if (honorifics.has(bare)) flags |= wordFlag.honorific;
  if (notNames.has(owner)) flags |= wordFlag.notName;
  if (pronouns.has(lower)) flags |= wordFlag.pronoun;
  return flags;
}

export function isHonorific(word: string): boolean {
  return honorifics.has(word.toLowerCase().replace(/\.$/, ''));
}

export function isRole(word: string): boolean {
  return roles.has(word.toLowerCase().replace(/\.$/, ''));
}

/** Capitalised words that start sentences or name months and days, never a speaker. */
const notNames = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'so', 'yet', 'for', 'in', 'on', 'at', 'to', 'of', 'by', 'with',
  'from', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'during', 'according', 'this', 'that',
  'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'my', 'your', 'both', 'all', 'some', 'many', 'most', 'more', 'other', 'another',
  'each', 'every', 'no', 'not', 'what', 'who', 'which', 'where', 'why', 'how', 'then', 'thus', 'also',
  'however', 'meanwhile', 'still', 'now', 'today', 'yesterday', 'tomorrow', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'additionally',
  'instead', 'despite', 'although', 'though', 'because', 'once', 'until', 'earlier', 'later', 'last',
  'next', 'first', 'one', 'two', 'three', 'is', 'was', 'are', 'were', 'be', 'do', 'does', 'did', 'has',
  'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'just', 'only', 'even', 'like',
  'over', 'under', 'into', 'about', 'than', 'such', 'very', 'well', 'yes', 'oh', 'mr', 'mrs', 'ms',
  'read', 'parallel', 'reports', 'thanks', 'asked', 'says', 'said', 'during', 'beyond', 'once',
]);

export function isNotName(word: string): boolean {
  return notNames.has(word.toLowerCase().replace(/[’']s$/, ''));
}

/** Words that make a capitalised sequence an organisation or a place rather than a person. */
const institutionWords = new Set([
  'organisation', 'organization', 'party', 'agency', 'ministry', 'news', 'times', 'post', 'press',
  'house', 'department', 'council', 'committee', 'university', 'institute', 'association', 'union',
  'company', 'corporation', 'inc', 'group', 'bank', 'court', 'office', 'army', 'forces', 'police',
  'campaign', 'network', 'journal', 'tribune', 'herald', 'telegraph', 'guardian', 'radio', 'tv',
  'television', 'channel', 'summit', 'war', 'state', 'states', 'republic', 'kingdom', 'city', 'county',
  'street', 'center', 'centre', 'foundation', 'fund', 'senate', 'congress', 'parliament', 'assembly',
  'commission', 'administration', 'government', 'school', 'college', 'hospital', 'church', 'club',
  'reuters', 'twitter', 'facebook', 'cnn', 'fox', 'nbc', 'abc', 'cbs', 'msnbc', 'npr', 'bbc',
]);

export function isInstitutionWord(word: string): boolean {
  const lower = word.toLowerCase();
  return institutionWords.has(lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower);
}

/** Hash of the characters [start, end) of a text; -1 when one is not a lower-case ASCII letter, a digit, `.`, `-` or `&`. */
function plainHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 38)) return -1;
    h = (Math.imul(h, 31) + c) & 0x7fffffff;
  }
  return h;
}

/** Lexicon words (and the same with a full stop) by hash, in an open-addressing table of `size` slots. */
interface PlainTable {
  readonly size: number;
  readonly slots: Int32Array;
  readonly words: readonly string[];
  readonly flags: readonly number[];
}

function plainTable(): PlainTable {
  const words = [...new Set([...roles, ...honorifics, ...notNames, ...pronouns.keys()].flatMap((w) => [w, `${w}.`]))];
  const size = 4096;
  const slots = new Int32Array(size).fill(-1);
  words.forEach((w, index) => {
    let at = plainHash(w, 0, w.length) & (size - 1);
    while ((slots[at] as number) >= 0) at = (at + 1) & (size - 1);
    slots[at] = index;
  });
  return { size, slots, words, flags: words.map(lexiconFlags) };
}

const plain = plainTable();

/**
 * `lexiconFlags` of the word [start, end) of a text without slicing it, when the word is written in
 * lower-case ASCII (letters, digits, `.`, `-`, `&`); -1 for any other word.
 */
export function plainWordFlags(text: string, start: number, end: number): number {
  const h = plainHash(text, start, end);
  if (h < 0) return -1;
  for (let at = h & (plain.size - 1); ; at = (at + 1) & (plain.size - 1)) {
    const index = plain.slots[at] as number;
    if (index < 0) return 0;
    const w = plain.words[index] as string;
    if (w.length === end - start && text.startsWith(w, start)) return plain.flags[index] as number;
  }
}
