/**
 * Splits a sentence into claim clauses at general connective cues: "; ", and ", while",
 * ", whereas", ", but", ", and" followed by a new subject, and, in a long sentence, " and" followed
 * by a second past-tense verb ("... met X and discussed Y": that piece is a bare predicate whose
 * subject the caller restores), and, in a long sentence, ", a <noun> that/which" (an appositive
 * that says something of its own about the first claim). "not X, but Y" is one claim. A piece too short to stand alone
 * stays with its neighbour.
 */

export interface ClauseSpan {
  /** Offsets within the sentence text. */
  readonly start: number;
  readonly end: number;
  /** True when the piece is a bare predicate ("discussed Y") whose subject stands in an earlier piece. */
  readonly predicate: boolean;
}

const SUBJECT = String.raw`(?:he|she|it|they|we|i|the|a|an|this|these|both|its|their|his|her|[A-Z][\p{L}’'-]+)`;
const ALWAYS = new RegExp(String.raw`;\s+|,\s+(?=(?:while|whereas|but|and)\s+${SUBJECT}\s)`, 'gu');
/** A negation before ", but" makes "not X, but Y" one claim. */
const NEGATED = /\b(?:not|never|no longer|neither)\b/i;
const LEADING_CONNECTIVE = /^(?:and|but|while|whereas|yet|so)\s+/i;
const SECOND_VERB = /\s+and\s+(?=[a-z]+ed\s)/g;
/** ", a deal that ...": an appositive with its own clause, a second claim about the first one. */
const APPOSITIVE = /,\s+(?=(?:a|an)\s+[a-z-]+\s+(?:that|which|who)\s)/g;
const MIN_CLAUSE_WORDS = 6;

/** Words of a text: runs of non-space characters holding a letter or digit (a plain loop: it is hot). */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= 32 || code === 160) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    const alnum = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
    if (alnum && !counted) {
      count += 1;
      counted = true;
    }
  }
  return count;
}

/** True when the words just before a ", and" are one short item after another comma: a list. */
function listItemBefore(sentence: string, at: number): boolean {
  const comma = sentence.lastIndexOf(',', at - 1);
  return comma >= 0 && wordCount(sentence.slice(comma + 1, at)) <= 3;
}

interface Cut {
  /** Where the piece before the cue ends. */
  readonly end: number;
  /** Where the next piece starts (after the cue's words). */
  readonly next: number;
  readonly predicate: boolean;
}

/** Adds the cut a cue match makes, unless the cue does not separate claims there. */
function addCut(sentence: string, match: RegExpMatchArray, predicate: boolean, cuts: Cut[]): void {
  const at = match.index ?? 0;
  const cue = sentence.slice(at + match[0].length);
  if (/^but\s/i.test(cue) && NEGATED.test(sentence.slice(0, at))) return;
  if (/^and\s/i.test(cue) && listItemBefore(sentence, at)) return;
  const skip = predicate ? 0 : (LEADING_CONNECTIVE.exec(cue)?.[0].length ?? 0);
  cuts.push({ end: at, next: at + match[0].length + skip, predicate });
}

function cutPoints(sentence: string, long: boolean): Cut[] {
  const cuts: Cut[] = [];
  for (const match of sentence.matchAll(ALWAYS)) addCut(sentence, match, false, cuts);
  if (long) for (const match of sentence.matchAll(SECOND_VERB)) addCut(sentence, match, true, cuts);
  if (long) for (const match of sentence.matchAll(APPOSITIVE)) addCut(sentence, match, false, cuts);
  return cuts.length > 1 ? cuts.sort((a, b) => a.end - b.end) : cuts;
}

/** Trims separators and white space off a piece of the sentence. */
function trimmed(sentence: string, start: number, end: number, predicate: boolean): ClauseSpan {
  let s = start;
  let e = end;
  while (s < e && /[\s,;]/.test(sentence[s] ?? '')) s += 1;
  while (e > s && /[\s,;]/.test(sentence[e - 1] ?? '')) e -= 1;
  return { start: s, end: e, predicate };
}

/** The clauses of one sentence, as offsets into it; one clause when nothing splits. */
export function splitClauses(sentence: string, longSentenceWords: number): ClauseSpan[] {
  const long = wordCount(sentence) > longSentenceWords;
  const pieces: ClauseSpan[] = [];
  let start = 0;
  let predicate = false;
  for (const cut of cutPoints(sentence, long)) {
    if (cut.end <= start) continue;
    const enough = wordCount(sentence.slice(start, cut.end)) >= MIN_CLAUSE_WORDS;
    const rest = wordCount(sentence.slice(cut.next)) >= MIN_CLAUSE_WORDS;
    if (enough && rest) {
      pieces.push(trimmed(sentence, start, cut.end, predicate));
      start = cut.next;
      predicate = cut.predicate;
    }
  }
  pieces.push(trimmed(sentence, start, sentence.length, predicate));
  return pieces;
}
