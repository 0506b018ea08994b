/**
 * Body-text scoring used by the extraction evaluation (the scrapinghub article-extraction
 * benchmark metric): word tokens, 4-gram shingle multisets, per-page true/false positives and
 * false negatives normalised by their sum, precision and recall averaged over pages, F1 from
 * the means. Pure functions; the evaluation script and tests share them.
 */

export interface PageScore {
  /** Shares of matched, extra and missing shingles; they sum to 1 (or are all 0). */
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface CorpusScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly pages: number;
}

const WORD = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

/** Word tokens as Python's unicode `\w+` finds them. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Multiset of word 4-grams (a text shorter than 4 words gives one shorter shingle). */
export function shingles(text: string, size = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - size + 1);
  for (let i = 0; i < last; i += 1) {
    const key = tokens.slice(i, i + size).join(' ');
    if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Scores one extracted text against its gold text. */
export function scorePage(gold: string, predicted: string): PageScore {
  const want = shingles(gold);
  const got = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...want.keys(), ...got.keys()])) {
    const w = want.get(key) ?? 0;
    const g = got.get(key) ?? 0;
    tp += Math.min(w, g);
    fp += Math.max(0, g - w);
    fn += Math.max(0, w - g);
  }
  const sum = tp + fp + fn;
  return sum === 0 ? { tp: 0, fp: 0, fn: 0 } : { tp: tp / sum, fp: fp / sum, fn: fn / sum };
}

/** Page precision, or null when the page has no predicted shingles. */
export function pagePrecision(score: PageScore): number | null {
  return score.tp + score.fp === 0 ? null : score.tp / (score.tp + score.fp);
}

/** Page recall, or null when the page has no gold shingles. */
export function pageRecall(score: PageScore): number | null {
  return score.tp + score.fn === 0 ? null : score.tp / (score.tp + score.fn);
}

const mean = (values: readonly (number | null)[]): number => {
  const kept = values.filter((v): v is number => v !== null);
  return kept.length === 0 ? 0 : kept.reduce((a, b) => a + b, 0) / kept.length;
};

/** Averages page precision and recall over pages and takes F1 of the means. */
export function scoreCorpus(pages: readonly PageScore[]): CorpusScore {
  const precision = mean(pages.map(pagePrecision));
  const recall = mean(pages.map(pageRecall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, pages: pages.length };
}
