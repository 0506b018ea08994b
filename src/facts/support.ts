/**
 * The summary's safety check: a summary sentence is supported only when every content word and
 * every number in it appears in the evidence sentences it cites.
 */
import { isStopword, numbersIn, stemWord, words } from './terms.ts';
import { memoized } from '../shared/memo.ts';

export interface SupportResult {
  readonly supported: boolean;
  /** Words and numbers of the sentence found in none of the evidence. */
  readonly unsupported: readonly string[];
}

/** Word → stem, for one analysis's checks (they read the same evidence words again and again). */
export type StemMemo = Map<string, string>;

function stemOf(word: string, memo: StemMemo | undefined): string {
  return memoized(memo, word, stemWord);
}

function contentStems(text: string, memo: StemMemo | undefined): Set<string> {
  return new Set(
    words(text)
      .map((w) => w.word)
      .filter((w) => !/^\d/.test(w) && !isStopword(w))
      .flatMap((w) => w.split('-'))
      .filter((w) => w.length > 1)
      .map((w) => stemOf(w, memo)),
  );
}

export function checkSupport(sentence: string, evidence: readonly string[], memo?: StemMemo): SupportResult {
  const known = new Set(evidence.flatMap((e) => [...contentStems(e, memo)]));
  const numbers = new Set(evidence.flatMap(numbersIn));
  const unsupported = [
    ...[...contentStems(sentence, memo)].filter((s) => !known.has(s)),
    ...numbersIn(sentence).filter((n) => !numbers.has(n)),
  ];
  return { supported: unsupported.length === 0, unsupported };
}
