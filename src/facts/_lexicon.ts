/**
 * Small general English word lists for the facts stage: function words, attribution words,
 * irregular verb forms, British/American spellings and synonym classes. Nothing story-specific.
 */

/** Function words that carry no claim. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all almost also although am among an and another any are around as at ' +
    'be became because been before being below between both but by can could did do does doing done down during ' +
    'each either else even ever every few for from further had has have having he her here hers herself him ' +
    'himself his how however i if in into is it its itself just least less like many may me might more most ' +
    'much must my myself near neither never no nor not of off often on once only or other others our ours ' +
    'ourselves out over own per perhaps rather same she should since so some still such than that the their ' +
    'theirs them themselves then there these they this those though through thus to too under until up upon us ' +
    'very via was we were what when where whether which while who whom whose why will with within without would ' +
    'yet you your yours yourself mr mrs ms also additionally moreover furthermore meanwhile particularly ' +
    'one two three four five six seven eight nine ten several various whole entire ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july ' +
    'august september october november december today yesterday tomorrow'
  ).split(' '),
);

/** Words (stemmed forms) that only say who reported or said something. */
export const ATTRIBUTION: ReadonlySet<string> = new Set(
  'say tell add state note report accord media agency news stat quote reply respond ask write post claim'.split(' '),
);

/** Irregular verb forms mapped to their base. */
export const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['met', 'meet'], ['told', 'tell'], ['said', 'say'], ['says', 'say'], ['held', 'hold'], ['took', 'take'],
  ['taken', 'take'], ['made', 'make'], ['gave', 'give'], ['given', 'give'], ['went', 'go'], ['gone', 'go'],
  ['saw', 'see'], ['seen', 'see'], ['built', 'build'], ['brought', 'bring'], ['struck', 'strike'],
  ['drew', 'draw'], ['drawn', 'draw'], ['led', 'lead'], ['began', 'begin'], ['begun', 'begin'],
  ['won', 'win'], ['lost', 'lose'], ['sent', 'send'], ['spent', 'spend'], ['left', 'leave'], ['kept', 'keep'],
  ['thought', 'think'], ['sought', 'seek'], ['bought', 'buy'], ['sold', 'sell'], ['paid', 'pay'],
  ['fell', 'fall'], ['fallen', 'fall'], ['rose', 'rise'], ['risen', 'rise'], ['grew', 'grow'], ['grown', 'grow'],
  ['knew', 'know'], ['known', 'know'], ['spoke', 'speak'], ['spoken', 'speak'], ['wrote', 'write'],
  ['written', 'write'], ['chose', 'choose'], ['chosen', 'choose'], ['killed', 'kill'], ['died', 'die'],
  ['dead', 'die'], ['death', 'die'], ['deaths', 'die'], ['children', 'child'], ['men', 'man'], ['women', 'woman'],
]);

/**
 * Spelling variants, applied to whole lower-case words before stemming (British → American). `cue`
 * is a part of the word the pattern cannot match without: most words skip the pattern on it.
 */
export const SPELLING_RULES: readonly { readonly pattern: RegExp; readonly replacement: string; readonly cue: string }[] = [
  { pattern: /^(.{3,})is(e|es|ed|ing|ation|ations)$/, replacement: '$1iz$2', cue: 'is' },
  { pattern: /^(.{2,})ys(e|es|ed|ing)$/, replacement: '$1yz$2', cue: 'ys' },
  { pattern: /^(.{3,})our(s|ed|ing|able|ite|ites)?$/, replacement: '$1or$2', cue: 'our' },
  { pattern: /^(.*f)ence(s)?$/, replacement: '$1ense$2', cue: 'fence' },
  { pattern: /^(.{3,})tre(s)?$/, replacement: '$1ter$2', cue: 'tre' },
  { pattern: /^(.{3,})ogue(s)?$/, replacement: '$1og$2', cue: 'ogue' },
  { pattern: /^(.{4,})mme(s)?$/, replacement: '$1m$2', cue: 'mme' },
  { pattern: /^(.{3,})ll(ed|ing|er)$/, replacement: '$1l$2', cue: 'll' },
];

/** Multi-word expressions replaced by one concept token before tokenising. */
export const PHRASES: readonly (readonly [RegExp, string])[] = [
  [/\b(?:called|calls|calling|call) on\b/g, ' meet '],
  [/\b(?:held|hold|holds|holding) talks\b/g, ' meet '],
  [/\b(?:talked|talks|talk|talking) (?:about|on|over)\b/g, ' discuss '],
  [/\b(?:exchanged|exchange|exchanges|exchanging|shared|share|shares) (?:views|perspectives|opinions|thoughts)\b/g, ' discuss '],
  [/\bdelved? into\b/g, ' discuss '],
  [/\b(?:working|work|worked|works) together\b/g, ' cooperate '],
  [/\b(?:agreed|agrees|agree) to\b/g, ' accept '],
  [/\bthe two (?:leaders|sides|men|countries|nations)\b/g, ' '],
  [/\bper ?cent\b/g, ' percent '],
];

/** Synonym classes: every word of a line stands for the line's first word. */
export const SYNONYM_CLASSES: readonly string[] = [
  'meet meeting interaction dialogue encounter',
  'discuss discussion talks deliberate',
  'relations relationship ties partnership',
  'invitation invite',
  'visit trip',
  'cooperation collaboration cooperate collaborate',
  'importance significance significant important crucial vital essential',
  'strengthen deepen enhance boost bolster improve expand further',
  'emphasise stress underscore underline highlight',
  'country nation',
  'agreement deal accord pact',
  'kill die fatality',
  'forum platform framework',
  'dispute issue',
];

/** Words that, in a clause without two named people, stand for the story's two main actors. */
export const PAIR_REFERENCES = /\b(?:the two (?:leaders|sides|men|women|presidents|ministers)|both leaders|the leaders|both men|both sides|the two|both|they|their|them)\b/i;

/** Number words and their values (compound forms such as "forty-two" are summed). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Words that multiply the number before them. */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['bn', 1e9], ['mn', 1e6],
]);

/** Hedges between a verb and its number ("killed at least 24", "fund nearly 40"). */
export const NUMBER_SKIP_BEFORE: ReadonlySet<string> = new Set(
  'nearly approximately roughly almost around about least some more than over only just another additional further total estimated'.split(' '),
);

/** Auxiliaries between a counted noun and its participle ("24 people were reportedly killed"). */
export const PREDICATE_AUX: ReadonlySet<string> = new Set('were was are is have has had been be being reportedly also already now all'.split(' '));

/** Nouns of duration: "two years of talks" and "a five-year accord" count time, not things. */
export const TIME_UNIT_WORDS: readonly string[] = 'year month week day hour minute second decade century'.split(' ');

/** Predicates that state the same kind of count: every word of a line stands for its first word. */
export const PREDICATE_CLASSES: readonly string[] = [
  'fund commit pledge allocate finance earmark invest back',
  'kill die dead death fatality',
  'injure wound hurt injury',
  'missing miss disappear',
  'evacuate displace flee',
  'arrest detain',
  'infect case',
];

/** Counts that grow as reports come in: a rising toll is news evolving, not sources disagreeing. */
export const TOLL_WORDS: readonly string[] = 'kill die dead death fatality injure injury wound hurt missing case infection casualty victim toll'.split(' ');

/** Prepositions outside the function-word list: they end the noun phrase a number counts. */
export const PHRASE_BREAK: ReadonlySet<string> = new Set(
  'along across amid amidst beside besides beyond toward towards onto including despite versus near across past'.split(' '),
);
