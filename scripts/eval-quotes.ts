// `npm run eval:quotes [-- --split dev|train|both] [--no-nlp] [--show N]`: direct-quote recall and
// precision and speaker accuracy of the quotes stage on PolNeAR (../shared/data/polnear).
//
// Matching rule (decided here, documented in the report):
// - Gold direct quote: an attribution whose Content (all its fragments) starts at an opening double
//   quote mark (“ " or the typewriter pair '') and ends at a closing one (`,` `.` `?` `!` may follow).
// - Recall: a gold direct quote is found when predicted quotes (full or partial) cover ≥ 0.5 of its
//   characters.
// - Precision: a predicted quote is right when ≥ 0.5 of its characters lie in a gold Content span of
//   any attribution (PolNeAR annotates partial quotes inside indirect speech as part of the Content).
//   "full-only precision" counts full quotes against gold direct quotes only.
// - Speaker accuracy: over found gold direct quotes whose Source is a name (the head word of its first
//   phrase is capitalised and no pronoun or determiner), the predicted quote with the largest
//   overlap has a speaker whose surname (last word) is a word of the gold Source, or whose words
//   contain the gold Source's last word.
// Tune on train, report dev.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotes, type QuoteInput } from '../src/quotes/index.ts';
import { defaultQuotesOptions } from '../src/quotes/options.ts';
import type { ArticleEntity, ArticleQuote, Sentence, Span } from '../src/types.ts';

const root = join(process.cwd(), '../shared/data/polnear');
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

interface GoldRelation {
  readonly content: readonly Span[];
  readonly sourceText: string | null;
}

interface GoldArticle {
  readonly name: string;
  readonly text: string;
  readonly relations: readonly GoldRelation[];
}

function parseSpans(field: string): Span[] {
  return field.split(';').map((part) => {
    const [start, end] = part.trim().split(' ').map(Number);
    return { start: start ?? 0, end: end ?? 0 };
  });
}

/** One annotator's brat standoff file: T lines (spans) and E lines (relations). */
function parseAnn(ann: string, text: string): GoldRelation[] {
  const spans = new Map<string, Span[]>();
  const relations: GoldRelation[] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t\S+ ([\d; ]+)\t/.exec(line);
    if (t) spans.set(t[1] ?? '', parseSpans(t[2] ?? ''));
    const e = /^E\d+\t(.*)$/.exec(line);
    if (!e) continue;
    const parts = new Map((e[1] ?? '').split(' ').map((p) => p.split(':') as [string, string]));
    const content = spans.get(parts.get('Content') ?? '');
    const source = spans.get(parts.get('Source') ?? '');
    if (content) relations.push({ content, sourceText: source ? source.map((s) => text.slice(s.start, s.end)).join(' ') : null });
  }
  return relations;
}

/** The articles of one split, each with its first annotator's relations. */
function loadPolnear(dir: string): GoldArticle[] {
  const anns = readdirSync(join(dir, 'attributions')).sort();
  return readdirSync(join(dir, 'text')).sort().map((file) => {
    const name = file.replace(/\.txt$/, '');
    const text = readFileSync(join(dir, 'text', file), 'utf8');
    const ann = anns.find((a) => a.startsWith(`${name}_`));
    return { name, text, relations: ann ? parseAnn(readFileSync(join(dir, 'attributions', ann), 'utf8'), text) : [] };
  });
}

type Language = (text: string, paragraphs: readonly Span[]) => { sentences: readonly Sentence[]; entities: readonly ArticleEntity[] };

/** The nlp stage when it is there (and not switched off), else no sentences and no entities. */
async function languageLayer(): Promise<{ name: string; analyze: Language }> {
  const none = { name: 'own sentence split, no entities', analyze: () => ({ sentences: [], entities: [] }) };
  if (args.includes('--no-nlp') || !existsSync(join(process.cwd(), 'src/nlp/index.ts'))) return none;
  const nlpPath = '../src/nlp/index.ts';
  const nlpModule = (await import(nlpPath)) as Record<string, unknown>;
  const create = nlpModule.createNlp as (() => unknown) | undefined;
  const analyze = nlpModule.analyzeLanguage as ((nlp: unknown, article: unknown, options: unknown) => { sentences: Sentence[]; entities: ArticleEntity[] }) | undefined;
  if (!create || !analyze) return none;
  const { defaultNlpOptions } = await import('../src/nlp/options.ts');
  const nlp = create();
  return {
    name: 'nlp stage sentences and entities',
    analyze: (text, paragraphs) => analyze(nlp, cleanArticle(text, paragraphs), defaultNlpOptions),
  };
}

function cleanArticle(text: string, paragraphs: readonly Span[]): Record<string, unknown> {
  return {
    kind: 'article', id: 'eval', path: null, input: 'text', title: null, url: null, source: null, publishedAt: null,
    language: 'en', diagnostics: [], text, paragraphs, headings: [], removed: [], dateline: null, wire: null,
    words: text.split(/\s+/).length,
  };
}

function lineParagraphs(text: string): Span[] {
  return [...text.matchAll(/[^\n]+/g)].filter((m) => m[0].trim() !== '').map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const opensQuote = (t: string): boolean => /^(?:["\u201C]|'')/.test(t.trim());
const closesQuote = (t: string): boolean => /(?:["\u201D]|'')[.,?!]?$/.test(t.trim());

function isDirect(text: string, r: GoldRelation): boolean {
  const first = r.content[0];
  const last = r.content[r.content.length - 1];
  return first !== undefined && last !== undefined && opensQuote(text.slice(first.start, first.end)) && closesQuote(text.slice(last.start, last.end));
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

const spanLength = (spans: readonly Span[]): number => spans.reduce((n, s) => n + s.end - s.start, 0);
const covered = (spans: readonly Span[], by: readonly Span[]): number => spans.reduce((n, s) => n + by.reduce((m, b) => m + overlap(s, b), 0), 0);

const notNameWords = /^(?:the|a|an|he|she|they|it|we|i|his|her|their|its|this|that|these|those|some|many|one|two|several|both|all|other|another|most|more|few|such|when|while|mr|mrs|ms|dr)$/i;

/** True when a Source span names someone: the head of its first phrase (before a comma or a
 * parenthesis) is a capitalised word that is no pronoun or determiner (`the Florida senator` is not). */
export function isNameSource(source: string): boolean {
  const head = (source.split(/[,(]/)[0] ?? '').trim().replace(/[’']s$/, '');
  const last = head.split(/\s+/).pop() ?? '';
  return /^\p{Lu}/u.test(last) && !notNameWords.test(last.replace(/\.$/, ''));
}

const wordsOf = (s: string): string[] => s.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);

export function sameSpeaker(predicted: string, gold: string): boolean {
  const p = wordsOf(predicted);
  const g = wordsOf(gold);
  const surname = p[p.length - 1];
  return (surname !== undefined && g.includes(surname)) || g.some((w) => p.includes(w) && /^\p{Lu}/u.test(gold.split(/\s+/).find((x) => x.toLowerCase().startsWith(w)) ?? ''));
}

interface Tally {
  gold: number;
  found: number;
  predicted: number;
  right: number;
  full: number;
  fullRight: number;
  named: number;
  speakerRight: number;
  misses: string[];
}

function scoreArticle(a: GoldArticle, quotes: readonly ArticleQuote[], t: Tally): void {
  const direct = a.relations.filter((r) => isDirect(a.text, r));
  const contents = a.relations.flatMap((r) => r.content);
  const directSpans = direct.flatMap((r) => r.content);
  for (const q of quotes) {
    t.predicted++;
    if (covered([q.span], contents) >= 0.5 * spanLength([q.span])) t.right++;
    else t.misses.push(`FALSE ${a.name}: [${q.kind}] ${q.text.slice(0, 90)}`);
    if (q.kind !== 'full') continue;
    t.full++;
    if (covered([q.span], directSpans) >= 0.5 * spanLength([q.span])) t.fullRight++;
  }
  for (const r of direct) {
    t.gold++;
    if (covered(r.content, quotes.map((q) => q.span)) < 0.5 * spanLength(r.content)) {
      t.misses.push(`MISS ${a.name}: ${a.text.slice(r.content[0]?.start ?? 0, (r.content[0]?.end ?? 0)).slice(0, 100)}`);
      continue;
    }
    t.found++;
    scoreSpeaker(a, r, quotes, t);
  }
}

function scoreSpeaker(a: GoldArticle, r: GoldRelation, quotes: readonly ArticleQuote[], t: Tally): void {
  if (r.sourceText === null || !isNameSource(r.sourceText)) return;
  t.named++;
  const best = [...quotes].sort((x, y) => covered(r.content, [y.span]) - covered(r.content, [x.span]))[0];
  const name = best?.speaker?.name ?? '';
  if (name !== '' && sameSpeaker(name, r.sourceText)) t.speakerRight++;
  else t.misses.push(`SPEAKER ${a.name}: gold "${r.sourceText}" got "${name}" :: ${best?.text.slice(0, 70)}`);
}

async function evaluate(split: string, language: Language): Promise<Tally> {
  const t: Tally = { gold: 0, found: 0, predicted: 0, right: 0, full: 0, fullRight: 0, named: 0, speakerRight: 0, misses: [] };
  for (const a of loadPolnear(join(root, split))) {
    const paragraphs = lineParagraphs(a.text);
    const { sentences, entities } = language(a.text, paragraphs);
    const input: QuoteInput = { text: a.text, paragraphs, sentences, entities };
    scoreArticle(a, findQuotes(input, defaultQuotesOptions).quotes, t);
  }
  return t;
}

const ratio = (n: number, d: number): string => (d === 0 ? 'n/a' : (n / d).toFixed(3));

function report(split: string, t: Tally): void {
  console.log(`${split}: direct quotes ${t.gold}, recall ${ratio(t.found, t.gold)} | predicted ${t.predicted}, precision ${ratio(t.right, t.predicted)} (full-only ${ratio(t.fullRight, t.full)} of ${t.full}) | speaker accuracy ${ratio(t.speakerRight, t.named)} over ${t.named} named sources`);
}

/** Speaker misses per article (counts only): shows whether a few articles carry most misses. */
function perArticle(misses: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const m of misses.filter((x) => x.startsWith('SPEAKER'))) {
    const name = m.split(':')[0] ?? '';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.values()].sort((a, b) => b - a).join(' ');
}

const layer = await languageLayer();
const wanted = flag('--split') ?? 'both';
const show = Number(flag('--show') ?? '0');
console.log(`PolNeAR quotes (${layer.name})`);
for (const split of wanted === 'both' ? ['train', 'dev'] : [wanted]) {
  if (!readdirSync(root).includes(split)) continue;
  const t = await evaluate(split, layer.analyze);
  report(split, t);
  if (split === 'train' || args.includes('--show-dev')) for (const line of t.misses.slice(0, show)) console.log(`  ${line}`);
  if (args.includes('--per-article')) console.log(perArticle(t.misses));
}
