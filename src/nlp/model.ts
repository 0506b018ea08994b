/**
 * The language model a caller creates once and passes to every call: the wink-nlp instance
 * (wink-eng-lite-web-model, pipe `sbd`: sentences and tokens; the name rules need no POS tags;
 * every document read as if it were the first, see `_wink.ts`),
 * the place gazetteer, and two word tests read from wink's lexicon (known word, stop word). All
 * load on first use and stay cached in the value, never in a module global.
 */
import type { WinkMethods } from 'wink-nlp';
import { createFreshWink } from './_wink.ts';
import { loadGazetteer, type Gazetteer } from './gazetteer.ts';

export interface Nlp {
  /** The wink-nlp instance, loaded on first call. */
  readonly wink: () => WinkMethods;
  /** The place gazetteer, loaded on first call. */
  readonly gazetteer: () => Gazetteer;
  /** True when the model's lexicon knows the lower-case word (read from the lexicon, no document). */
  readonly isKnownWord: (lower: string) => boolean;
  /** True for a stop word of the model ("the", "he"), as wink flags the word read alone. */
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

/** Makes the language model value; nothing is read until it is first used. */
export function createNlp(options: NlpModelOptions = {}): Nlp {
  const given = options.gazetteer;
  const minCityPopulation = options.minCityPopulation ?? DEFAULT_MIN_CITY_POPULATION;
  const fresh = lazy(createFreshWink);
  return {
    wink: () => fresh().wink,
    gazetteer: given ? () => given : lazy(() => loadGazetteer(minCityPopulation)),
    isKnownWord: (lower) => fresh().isKnownWord(lower),
    isStopWord: (lower) => fresh().isStopWord(lower),
  };
}
