/**
 * Splits a sentence into claim clauses at general connective cues: "; ", ", while", ", whereas",
 * ", but", ", and" followed by a new subject, and, in a long sentence, " and" followed by a
 * second past-tense verb ("... met X and discussed Y"). A piece too short to stand alone stays
 * with its neighbour.
 */

export interface ClauseSpan {
  /** Offsets within the sentence text. */
  readonly start: number;
  readonly end: number;
}

const SUBJECT = String.raw`(?:he|she|it|they|we|i|the|a|an|this|these|both|its|their|his|her|[A-Z][\p{L}’'-]+)`;
const ALWAYS = new RegExp(String.raw`;\s+|,\s+(?=(?:while|whereas|but)\s)|,\s+and\s+(?=${SUBJECT}\s)`, 'gu');
const SECOND_VERB = /\s+and\s+(?=[a-z]+ed\s)/g;
const MIN_CLAUSE_WORDS = 6;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
}

interface Cut {
  /** Where the piece before the cue ends. */
  readonly end: number;
  /** Where the next piece starts (after the cue's words). */
  readonly next: number;
}

function cutPoints(sentence: string, long: boolean): Cut[] {
  const cuts: Cut[] = [];
  const add = (match: RegExpMatchArray): void => {
    const at = match.index ?? 0;
    cuts.push({ end: at, next: at + match[0].length });
  };
  for (const match of sentence.matchAll(ALWAYS)) add(match);
  if (long) for (const match of sentence.matchAll(SECOND_VERB)) add(match);
  return cuts.sort((a, b) => a.end - b.end);
}

/** Trims separators and white space off a piece of the sentence. */
function trimmed(sentence: string, start: number, end: number): ClauseSpan {
  let s = start;
  let e = end;
  while (s < e && /[\s,;]/.test(sentence[s] ?? '')) s += 1;
  while (e > s && /[\s,;]/.test(sentence[e - 1] ?? '')) e -= 1;
  return { start: s, end: e };
}

/** The clauses of one sentence, as offsets into it; one clause when nothing splits. */
export function splitClauses(sentence: string, longSentenceWords: number): ClauseSpan[] {
  const long = wordCount(sentence) > longSentenceWords;
  const pieces: ClauseSpan[] = [];
  let start = 0;
  for (const cut of cutPoints(sentence, long)) {
    if (cut.end <= start) continue;
    const enough = wordCount(sentence.slice(start, cut.end)) >= MIN_CLAUSE_WORDS;
    const rest = wordCount(sentence.slice(cut.next)) >= MIN_CLAUSE_WORDS;
    if (enough && rest) {
      pieces.push(trimmed(sentence, start, cut.end));
      start = cut.next;
    }
  }
  pieces.push(trimmed(sentence, start, sentence.length));
  return pieces;
}
