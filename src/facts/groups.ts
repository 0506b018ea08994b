/**
 * Turns aligned unit groups into fact groups: one evidence unit per independent source, the most
 * central unit's words as the fact's text, and a content-hash id.
 */
import { contentId } from '../shared/hash.ts';
import type { Alignment } from './align.ts';
import type { ClaimUnit, FactGroup } from './model.ts';
import { oneSentence, rejoinSentences } from './rejoin.ts';

const SAMPLE = 24;

/** How well a unit stands for its group: its summed similarity to the other sources' units. */
function centrality(unit: ClaimUnit, members: readonly ClaimUnit[], alignment: Alignment): number {
  let sum = 0;
  for (const other of members.slice(0, SAMPLE)) {
    if (other.source !== unit.source) sum += alignment.score(unit, other);
  }
  const lengthFit = unit.words >= 8 && unit.words <= 40 ? 1 : 0.8;
  return (sum + 0.01) * lengthFit;
}

function pickCentral(members: readonly ClaimUnit[], alignment: Alignment): ClaimUnit {
  let best = members[0] as ClaimUnit;
  let bestScore = -1;
  for (const unit of members.slice(0, SAMPLE)) {
    const score = centrality(unit, members, alignment);
    if (score > bestScore) {
      best = unit;
      bestScore = score;
    }
  }
  return best;
}

/** The best unit of each source, in reading order. */
function evidenceOf(members: readonly ClaimUnit[], central: ClaimUnit, alignment: Alignment): ClaimUnit[] {
  const bySource = new Map<string, ClaimUnit>();
  for (const unit of members) {
    const held = bySource.get(unit.source);
    if (held === undefined) bySource.set(unit.source, unit);
    else if (held !== central && (unit === central || alignment.score(unit, central) > alignment.score(held, central))) {
      bySource.set(unit.source, unit);
    }
  }
  return [...bySource.values()].sort((a, b) => a.articleOrder - b.articleOrder || a.span.start - b.span.start);
}

/** A sentence's clauses put back together: one unit, the whole sentence. */
function wholeSentence(members: readonly ClaimUnit[]): ClaimUnit {
  const first = members[0] as ClaimUnit;
  const start = Math.min(...members.map((u) => u.span.start));
  const end = Math.max(...members.map((u) => u.span.end));
  const terms = [...new Set(members.flatMap((u) => u.terms))];
  const keyTerms = [...new Set(members.flatMap((u) => u.keyTerms))];
  // Quoted only if no member has the term outside quotation marks.
  const own = new Set(members.flatMap((u) => u.keyTerms.filter((t) => !u.quotedTerms.includes(t))));
  const quotedTerms = keyTerms.filter((t) => !own.has(t));
  return { ...first, text: first.sentence, span: { start, end }, terms, keyTerms, quotedTerms, words: members.reduce((n, u) => n + u.words, 0) };
}

export function factGroups(alignment: Alignment): FactGroup[] {
  return rejoinSentences(alignment.groups).map((found) => {
    const members = oneSentence(found) ? [wholeSentence(found)] : found;
    const central = pickCentral(members, alignment);
    return {
      id: contentId('fact', central.article, central.text),
      text: central.text,
      units: members,
      central,
      evidence: evidenceOf(members, central, alignment),
      reporters: new Set(members.map((u) => u.article)),
    };
  });
}

/** Facts ranked: most independent sources first, then the earliest told. */
export function rankFacts(groups: readonly FactGroup[]): FactGroup[] {
  return [...groups].sort(
    (a, b) =>
      b.evidence.length - a.evidence.length ||
      a.central.articleOrder - b.central.articleOrder ||
      a.central.span.start - b.central.span.start,
  );
}
