/**
 * Which way a date without a year points: the clause that holds the date decides, not the whole
 * sentence. "Chile and Norway agreed on Monday to fund projects, a deal officials hope will help"
 * is past: "will" sits in another clause. A clause runs between punctuation (, ; : ( ) dashes) and
 * words that open a new clause (that, which, who, where, while, because, but...). A future cue in
 * the clause makes it future; else a past-tense verb makes it past; a clause with neither ("On
 * Monday, the ministers will sign") takes the sentence's direction.
 */
import type { Direction } from './calendar.ts';

const FUTURE_CUE = /\b(?:will|shall|to visit|next|plans?|planned|planning|invitation to|invited to|expected to|(?:is|are|was|were) set to|scheduled|upcoming|forthcoming|later this)\b/i;
const PAST_CUE = /\b(?:was|were|had|did|said|told|met|held|took|made|gave|went|came|began|left|won|lost|spoke|wrote|saw|sent|rose|fell|paid|agreed|\p{L}{2,}[^e\s]ed)\b/iu;
const CLAUSE_BOUNDARY = /[,;:()—–]|\s-\s|\b(?:that|which|who|whom|whose|where|while|whereas|although|though|because|but)\b/gi;

/** Future when the sentence has a future cue anywhere, else past. */
export const directionOf = (sentence: string): Direction => (FUTURE_CUE.test(sentence) ? 'future' : 'past');

/** The clause of `sentence` around [start, end). */
export function clauseAround(sentence: string, start: number, end: number): string {
  let from = 0;
  let to = sentence.length;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(sentence); m !== null; m = CLAUSE_BOUNDARY.exec(sentence)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return sentence.slice(from, to);
}

/** The direction of a date at [start, end) of `sentence`, read from its clause first. */
export function directionAt(sentence: string, start: number, end: number): Direction {
  const clause = clauseAround(sentence, start, end);
  if (FUTURE_CUE.test(clause)) return 'future';
  if (PAST_CUE.test(clause)) return 'past';
  return directionOf(sentence);
}
