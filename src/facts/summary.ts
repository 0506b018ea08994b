/**
 * The extractive summary: the clauses of the most central corroborated facts (then, if too few,
 * the best single-source ones), each citing its fact and articles, each checked against its cited
 * evidence by `checkSupport`; a refused sentence is dropped with an `unsupported-summary` warning.
 */
import { warning } from '../diagnostics.ts';
import type { Diagnostic, SummarySentence } from '../types.ts';
import type { FactGroup } from './model.ts';
import type { FactsOptions } from './options.ts';
import { checkSupport, type StemMemo } from './support.ts';

const MIN_WORDS = 8;
const MAX_WORDS = 45;

export interface SummaryResult {
  readonly summary: SummarySentence[];
  readonly diagnostics: Diagnostic[];
}

/** True for the characters `\s` matches (white space and line terminators). */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Runs of non-space characters (what splitting on `\s+` keeps), counted in one pass: it runs on every fact's wordings. */
function wordCount(text: string): number {
  let count = 0;
  let inside = false;
  for (let i = 0; i < text.length; i += 1) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inside) count += 1;
    inside = !space;
  }
  return count;
}

function readable(text: string): boolean {
  const count = wordCount(text);
  const quotes = (text.match(/[“”"]/g) ?? []).length;
  return /^["“]?[A-Z]/.test(text) && count >= MIN_WORDS && count <= MAX_WORDS && quotes % 2 === 0;
}

/** A sentence opening that needs the sentence before it ("He noted", "They also"). */
const DANGLING = /^(?:he|she|it|they|this|these|those|his|her|their|its)\b/i;
/**
 * A demonstrative inside the sentence that points back to something before it ("sustain this
 * momentum", "these talks"); "this year", "this week" and the like point at the calendar, not back.
 */
const POINTS_BACK = /\b(?:this|these|those)\s+(?!(?:year|years|week|weeks|month|months|morning|afternoon|evening|weekend|time|summer|winter|spring|autumn|season)\b)\p{L}/iu;

/** True when a sentence reads on its own in a summary: it neither opens with nor leans on a reference to the sentences before it. */
export function standsAlone(text: string): boolean {
  return !DANGLING.test(text) && !POINTS_BACK.test(text);
}
const LEAD_IN = /^(?:additionally|meanwhile|however|also|moreover|furthermore|separately|in turn),\s+/i;

/** The clause as a summary sentence: without a lead-in adverb, with a capital and a full stop. */
function tidy(text: string): string {
  const body = text.replace(LEAD_IN, '');
  const capital = body.charAt(0).toUpperCase() + body.slice(1);
  return /[.!?]["”’]?$/.test(capital) ? capital : `${capital.replace(/[,;:\s]+$/, '')}.`;
}

/** The fact's shortest readable wording among its evidence, preferring one that stands alone, never a contested value. */
function wordingOf(group: FactGroup, contested: (text: string) => boolean): string | null {
  const units = [...group.evidence, group.central].filter((u) => !u.quoteOnly);
  const options = [...new Set(units.map((u) => tidy(u.text)))].filter((t) => readable(t) && !contested(t));
  const rank = (t: string): number => (standsAlone(t) ? 0 : 100) + wordCount(t);
  return options.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

function sentenceOf(group: FactGroup, text: string): SummarySentence {
  return { text, facts: [group.id], articles: group.evidence.map((u) => u.article) };
}

function containsAny(values: readonly string[]): (text: string) => boolean {
  const escaped = values.filter((v) => v.length > 0).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (escaped.length === 0) return () => false;
  const pattern = new RegExp(`(?<![\\p{L}\\d])(?:${escaped.join('|')})(?![\\p{L}\\d])`, 'u');
  return (text) => pattern.test(text);
}

/** A fact's tier among the candidates: its independent sources, three or more counting as three. */
const tierOf = (g: FactGroup): number => Math.min(g.evidence.length, 3);

/**
 * Candidate sentences: the event first, then corroborated facts (most sources, then shortest), then
 * single-source ones, each in a wording that states no contested value (a summary does not take sides).
 * Made tier by tier as the caller reads them: it usually stops before the single-source facts, the
 * bulk of a big story, whose wordings are then never worked out.
 */
function* candidates(ranked: readonly FactGroup[], { lead, contested }: SummaryContext): Generator<SummarySentence> {
  if (lead !== null && readable(lead.text)) yield sentenceOf(lead.group, lead.text);
  const avoid = containsAny(contested);
  const rest = ranked.filter((g) => g !== lead?.group);
  for (const tier of [3, 2, 1, 0]) {
    const sorted = rest
      .filter((g) => tierOf(g) === tier)
      .map((g) => ({ g, text: wordingOf(g, avoid) }))
      .filter((c): c is { g: FactGroup; text: string } => c.text !== null)
      .map((c) => ({ ...c, words: wordCount(c.text) }))
      .sort((a, b) => a.words - b.words);
    for (const c of sorted) yield sentenceOf(c.g, c.text);
  }
}

/** Checks each sentence against the evidence of the facts it cites; drops the unsupported. */
export function supportedOnly(
  sentences: readonly SummarySentence[],
  evidenceOf: (factId: string) => readonly string[],
  stems?: StemMemo,
): SummaryResult {
  const summary: SummarySentence[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const sentence of sentences) {
    const result = checkSupport(sentence.text, sentence.facts.flatMap(evidenceOf), stems);
    if (result.supported) summary.push(sentence);
    else {
      diagnostics.push(
        warning('facts', {
          rule: 'unsupported-summary',
          message: `A summary sentence was dropped: its cited evidence does not contain "${result.unsupported.slice(0, 5).join(', ')}".`,
          data: { text: sentence.text, unsupported: result.unsupported },
        }),
      );
    }
  }
  return { summary, diagnostics };
}

/** The event's sentence, written by the caller from the event fact's own words. */
export interface SummaryLead {
  readonly text: string;
  readonly group: FactGroup;
}

export interface SummaryContext {
  readonly lead: SummaryLead | null;
  /** Values sources disagree on (places, numbers): no summary sentence states them. */
  readonly contested: readonly string[];
}

/**
 * Picks sentences until the summary has at least `summaryMinSentences` sentences and
 * `summaryMinWords` words, never more than `summaryMaxSentences` and `summaryMaxWords`;
 * single-source facts only fill a summary the corroborated ones leave short.
 */
export function buildSummary(
  ranked: readonly FactGroup[],
  options: FactsOptions,
  context: SummaryContext = { lead: null, contested: [] },
): SummaryResult {
  const byId = new Map(ranked.map((g) => [g.id, g]));
  const evidenceOf = (id: string): string[] => byId.get(id)?.evidence.map((u) => u.sentence) ?? [];
  const chosen: SummarySentence[] = [];
  const stems: StemMemo = new Map();
  const diagnostics: Diagnostic[] = [];
  let total = 0;
  for (const sentence of candidates(ranked, context)) {
    const count = wordCount(sentence.text);
    if (chosen.length >= options.summaryMaxSentences) break;
    if (total + count > options.summaryMaxWords) continue;
    const single = (byId.get(sentence.facts[0] ?? '')?.evidence.length ?? 0) < 2;
    const short = chosen.length < options.summaryMinSentences || total < options.summaryMinWords;
    if (single && !short) break;
    const checked = supportedOnly([sentence], evidenceOf, stems);
    diagnostics.push(...checked.diagnostics);
    if (checked.summary.length === 0) continue;
    chosen.push(sentence);
    total += count;
  }
  return { summary: chosen, diagnostics };
}
