/**
 * The extractive summary: the clauses of the most central corroborated facts (then, if too few,
 * the best single-source ones), each citing its fact and articles, each checked against its cited
 * evidence by `checkSupport`; a refused sentence is dropped with an `unsupported-summary` warning.
 */
import { warning } from '../diagnostics.ts';
import type { Diagnostic, SummarySentence } from '../types.ts';
import type { FactGroup } from './model.ts';
import type { FactsOptions } from './options.ts';
import { checkSupport } from './support.ts';

const MIN_WORDS = 8;
const MAX_WORDS = 45;

export interface SummaryResult {
  readonly summary: SummarySentence[];
  readonly diagnostics: Diagnostic[];
}

function readable(text: string): boolean {
  const count = text.split(/\s+/).length;
  return /^["“]?[A-Z]/.test(text) && count >= MIN_WORDS && count <= MAX_WORDS;
}

/** Candidate sentences in order of preference (most sources first, corroborated before single). */
function candidates(ranked: readonly FactGroup[]): SummarySentence[] {
  return ranked
    .filter((g) => readable(g.central.text) && !g.central.quoteOnly)
    .map((g) => ({ text: g.central.text, facts: [g.id], articles: g.evidence.map((u) => u.article) }));
}

/** Checks each sentence against the evidence of the facts it cites; drops the unsupported. */
export function supportedOnly(
  sentences: readonly SummarySentence[],
  evidenceOf: (factId: string) => readonly string[],
): SummaryResult {
  const summary: SummarySentence[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const sentence of sentences) {
    const result = checkSupport(sentence.text, sentence.facts.flatMap(evidenceOf));
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

export function buildSummary(ranked: readonly FactGroup[], options: FactsOptions): SummaryResult {
  const byId = new Map(ranked.map((g) => [g.id, g]));
  const chosen: SummarySentence[] = [];
  let total = 0;
  for (const sentence of candidates(ranked)) {
    const count = sentence.text.split(/\s+/).length;
    if (chosen.length >= options.summaryMaxSentences) break;
    if (total + count > options.summaryMaxWords) continue;
    const single = (byId.get(sentence.facts[0] ?? '')?.evidence.length ?? 0) < 2;
    if (single && chosen.length >= options.summaryMinSentences) break;
    chosen.push(sentence);
    total += count;
  }
  return supportedOnly(chosen, (id) => byId.get(id)?.evidence.map((u) => u.sentence) ?? []);
}
