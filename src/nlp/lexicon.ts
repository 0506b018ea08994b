/**
 * Word lists the entity rules read: titles, organisation cues, connectors, calendar words.
 * Lower-case keys; every list is general English news vocabulary, not tied to any one text.
 */

/** Words that head a title or role ("Minister", "President"); they go into `roles`, not the name. */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'minister', 'pm', 'fm', 'premier', 'chancellor', 'senator', 'sen', 'king', 'queen', 'prince',
  'princess', 'emperor', 'secretary', 'secretary-general', 'governor', 'mayor', 'chairman', 'chairwoman', 'chair',
  'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'general', 'gen', 'admiral', 'colonel',
  'judge', 'justice', 'pope', 'sheikh', 'emir', 'sultan', 'ayatollah', 'rep', 'representative', 'congressman',
  'congresswoman', 'lawmaker', 'commissioner', 'director', 'ceo', 'chief', 'speaker', 'leader', 'prosecutor',
]);

/** Government portfolios: before a title head they name the office ("Fisheries Minister"). */
export const PORTFOLIOS: ReadonlySet<string> = new Set([
  'agriculture', 'fisheries', 'fishery', 'environment', 'environmental', 'transport', 'transportation', 'labour',
  'labor', 'culture', 'tourism', 'industry', 'economic', 'treasury', 'housing', 'immigration', 'security',
  'homeland', 'development', 'science', 'technology', 'communications', 'infrastructure', 'climate', 'water',
  'mines', 'mining', 'oil', 'petroleum', 'forestry', 'maritime', 'ocean', 'oceans', 'youth', 'sports', 'sport',
  'women', 'social', 'welfare', 'employment', 'planning', 'works', 'public', 'digital', 'budget', 'revenue',
  'veterans', 'religious', 'justice', 'research', 'higher', 'local', 'rural', 'urban', 'family', 'food',
]);

/** Words that qualify a title head ("Prime", "Foreign", "Deputy", a portfolio). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'prime', 'foreign', 'deputy', 'vice', 'defence', 'defense', 'finance', 'interior', 'home', 'trade', 'state',
  'first', 'acting', 'former', 'executive', 'attorney', 'crown', 'supreme', 'grand', 'health', 'energy',
  'education', 'economy', 'commerce', 'affairs', 'information', 'federal', 'chief', 'senior', 'general',
  ...PORTFOLIOS,
]);

/** Title heads that a portfolio may precede ("Fisheries Minister", "Maritime Affairs Commissioner"). */
export const OFFICE_HEADS: ReadonlySet<string> = new Set(['minister', 'secretary', 'commissioner']);

/** Words that join a title's parts ("Secretary of State", "Minister for Women"). */
export const TITLE_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and']);

/** Honorifics: the next name is a person, and the honorific is not part of it. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady']);

/** Title heads a role phrase may use without a name ("the prime minister", "the Russian president"). */
export const ROLE_PHRASE_HEADS: ReadonlySet<string> = new Set([
  'president', 'minister', 'premier', 'chancellor', 'king', 'queen', 'leader', 'pm', 'secretary-general',
]);

/** Last words that make a name an organisation. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'organisation', 'organization', 'agency', 'ministry', 'party', 'bank', 'mills', 'mill', 'council', 'university',
  'college', 'institute', 'corporation', 'corp', 'company', 'co', 'inc', 'ltd', 'llc', 'plc', 'group', 'association',
  'union', 'committee', 'commission', 'forum', 'foundation', 'fund', 'court', 'parliament', 'assembly', 'congress',
  'senate', 'army', 'navy', 'police', 'authority', 'department', 'office', 'board', 'bureau', 'federation',
  'league', 'alliance', 'network', 'times', 'post', 'news', 'press', 'tribune', 'herald', 'journal', 'gazette',
  'television', 'tv', 'broadcasting', 'airlines', 'airways', 'industries', 'holdings', 'motors', 'club', 'school',
  'hospital', 'society', 'front', 'movement', 'coalition', 'service', 'services', 'treaty', 'pact',
]);

/** Last words that make a name an event or era, not an organisation ("Cold War", "Asian Games"). */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  'war', 'wars', 'revolution', 'games', 'summit', 'olympics', 'olympiad', 'cup', 'festival', 'crisis', 'era',
  'aggression', 'resistance', 'uprising', 'invasion', 'massacre', 'pandemic', 'expo', 'championship',
  'championships', 'tournament', 'rebellion', 'dynasty', 'intifada', 'biennale', 'marathon',
]);

/** Last words that make a name a place ("Bío Bío Region"); lower case after a name, too ("the Los Lagos region"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'region', 'province', 'county', 'district', 'prefecture', 'oblast', 'governorate', 'canton', 'municipality',
  'territory', 'valley', 'peninsula', 'island', 'islands', 'archipelago', 'basin', 'delta', 'plateau',
]);

/** Lower-case words after a name that make it a place: the heads, and "state" ("Rakhine state"). */
export const PLACE_FOLLOWERS: ReadonlySet<string> = new Set([...PLACE_HEADS, 'state']);

/** First words that make a name an organisation ("Radio X", "Ministry of Y"). */
export const ORG_STARTS: ReadonlySet<string> = new Set([
  'radio', 'ministry', 'bank', 'university', 'department', 'office', 'council', 'institute', 'agence', 'banco',
]);

/** Lower-case words just after a name that make it an organisation ("X news agency reported"). */
export const ORG_FOLLOWERS: ReadonlySet<string> = new Set(['news', 'agency', 'newspaper', 'daily', 'channel', 'broadcaster']);

/** Lower-case words that may join capitalised words inside one name ("Bank of England", "Johnson & Johnson"). */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', '&', 'de', 'del', 'al', 'bin', 'van', 'von', 'la']);

/** Prepositions that make an unknown name after them a place ("in X", "at X", "from X"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'outside', 'inside']);

/** Verbs of saying right after a name: its bearer is a person when nothing else says otherwise. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'noted', 'asserted', 'urged', 'praised', 'emphasised',
  'emphasized', 'stressed', 'responded', 'replied', 'remarked', 'explained', 'argued', 'insisted', 'recalled',
  'wrote', 'tweeted', 'posted', 'thanked', 'met', 'accepted', 'expressed', 'underlined', 'underscored', 'warned',
]);

export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
export const WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Calendar words that are never entity names. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS, ...WEEKDAYS, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'today', 'yesterday', 'tomorrow',
]);

/** Compass words that, before a continent or region, make a place ("South Asia", "Middle East"). */
export const COMPASS_WORDS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'middle', 'far', 'near',
  'north-east', 'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast', 'southwest', 'latin',
]);

/** Continents and large regions; with a compass word before them they make a place. */
export const REGIONS: readonly string[] = [
  'Asia', 'Europe', 'Africa', 'America', 'Americas', 'Oceania', 'Antarctica', 'Arctic', 'Caribbean', 'Pacific',
  'Atlantic', 'Balkans', 'Caucasus', 'Sahel', 'Gulf', 'East', 'Mediterranean', 'Scandinavia', 'Eurasia',
];

/** Short country names news uses besides the gazetteer's (all capitals only). */
export const COUNTRY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  US: 'United States', USA: 'United States', UK: 'United Kingdom', UAE: 'United Arab Emirates',
};

/** Adjectival demonyms where the gazetteer data gives only the noun (Icelander, Swede, Dane, Pole, Turk). */
export const ADJECTIVE_DEMONYMS: Readonly<Record<string, string>> = {
  icelandic: 'Iceland', swedish: 'Sweden', danish: 'Denmark', finnish: 'Finland', polish: 'Poland',
  turkish: 'Turkey', dutch: 'Netherlands', spanish: 'Spain', scottish: 'United Kingdom', welsh: 'United Kingdom',
  english: 'United Kingdom', thai: 'Thailand', lao: 'Laos', kazakh: 'Kazakhstan', tajik: 'Tajikistan',
  uzbek: 'Uzbekistan', kyrgyz: 'Kyrgyzstan', turkmen: 'Turkmenistan', afghan: 'Afghanistan', emirati: 'United Arab Emirates',
};
