/**
 * The language model a caller creates once and passes to every call: the wink-nlp instance
 * (wink-eng-lite-web-model, pipe `sbd`: sentences and tokens; the name rules need no POS tags;
 * every document read as if it were the first, see `_wink.ts`),
 * the place gazetteer, and two remembered word tests (known word, stop word). All load on first
 * use and stay cached in the value, never in a module global.
 */
import type { WinkMethods } from 'wink-nlp';
import { createFreshWink } from './_wink.ts';
import { loadGazetteer, type Gazetteer } from './gazetteer.ts';

export interface Nlp {
  /** The wink-nlp instance, loaded on first call. */
  readonly wink: () => WinkMethods;
  /** The place gazetteer, loaded on first call. */
  readonly gazetteer: () => Gazetteer;
  /** True when the model's lexicon knows the lower-case word; answers are kept with this value. */
  readonly isKnownWord: (lower: string) => boolean;
  /** True for a stop word of the model ("the", "he"); answers are kept with this value. */
  readonly isStopWord: (lower: string) => boolean;
}

export interface NlpModelOptions {
  /** Cities smaller than this stay out of the gazetteer (capitals are always in). */
  readonly minCityPopulation?: number;
  /** A ready gazetteer (tests pass a small one) instead of the data packages. */
  readonly gazetteer?: Gazetteer;
}

const DEFAULT_MIN_CITY_POPULATION = 500_000;

function lazy<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= load();
    return value;
  };
}

/** Answers kept before the memory starts afresh (names keep coming; the vocabulary does not). */
const MAX_KNOWN_WORDS = 200_000;

/** A word test remembered (up to a bound): wink-nlp's lookups are slow, and words recur. */
function remembered(test: (lower: string) => boolean): (lower: string) => boolean {
  const known = new Map<string, boolean>();
  return (lower) => {
    let answer = known.get(lower);
    if (answer === undefined) {
      answer = test(lower);
      if (known.size >= MAX_KNOWN_WORDS) known.clear();
      known.set(lower, answer);
    }
    return answer;
  };
}

function knownWords(wink: () => WinkMethods): (lower: string) => boolean {
  let probe: ReturnType<WinkMethods['readDoc']> | undefined;
  return remembered((lower) => {
    probe ??= wink().readDoc('');
    return !probe.isOOV(lower);
  });
}

function stopWords(wink: () => WinkMethods): (lower: string) => boolean {
  return remembered((lower) => {
    const model = wink();
    const flags = model.readDoc(lower).tokens().out(model.its.stopWordFlag) as unknown as boolean[];
    return flags.length === 1 && flags[0] === true;
  });
}

/** Makes the language model value; nothing is read until it is first used. */
export function createNlp(options: NlpModelOptions = {}): Nlp {
  const given = options.gazetteer;
  const minCityPopulation = options.minCityPopulation ?? DEFAULT_MIN_CITY_POPULATION;
  const wink = lazy(createFreshWink);
  return {
    wink,
    gazetteer: given ? () => given : lazy(() => loadGazetteer(minCityPopulation)),
    isKnownWord: knownWords(wink),
    isStopWord: stopWords(wink),
  };
}
