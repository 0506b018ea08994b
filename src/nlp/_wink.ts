/**
 * wink-nlp that reads every document as if it were the first one.
 *
 * wink-nlp remembers each out-of-vocabulary token it meets in its lexeme table, and its tokenizer
 * asks that table whether a word with a period or a hyphen is "a lexeme" before it splits it. So a
 * word seen in one article (kept whole there) changed how a later article was cut into tokens and
 * sentences: the output depended on what had been read before. Here the words remembered by the
 * previous document are forgotten before each new one is read, so a document's tokens depend only
 * on its own text (within one document wink still remembers, exactly as a fresh instance does).
 *
 * The table's list and wink's private per-word features stay index-aligned: entries are only
 * removed from the lookup hash, never from the list. The list still grows with every document,
 * so after `MAX_FORGOTTEN` forgotten words a fresh instance is made (the output does not change).
 *
 * The known-word and stop-word tests read the model's packed lexicon directly: they give what
 * `isOOV` and a one-word `readDoc` give, without reading a document per word.
 */
import { createRequire } from 'node:module';
import type { Model, WinkMethods } from 'wink-nlp';

/** The part of wink's core model this file touches: the lexeme table. */
interface LexemeTable {
  readonly hash: Record<string, number>;
  readonly list: readonly string[];
  readonly intrinsicSize: number;
}

/** Where a feature sits in a lexeme's packed words: word offset, bit mask, shift. */
type PackedField = readonly [number, number, number, ...number[]];

interface CoreModel {
  readonly features: { readonly lexeme: LexemeTable };
  /** Packed features of the model's own lexemes, `packing.size` words per lexeme. */
  readonly lexicon: Uint32Array;
  readonly packing: {
    readonly size: number;
    readonly layout: Readonly<Record<'normal' | 'lemma' | 'isSpellingMapped' | 'isContraction' | 'isStopWord', PackedField>>;
  };
}

type WinkModel = Model & { readonly core: () => CoreModel };

/** Forgotten words before the instance is made afresh (bounds the memory of a long-running process). */
const MAX_FORGOTTEN = 400_000;

interface Instance {
  readonly wink: WinkMethods;
  readonly core: CoreModel;
  readonly lexemes: LexemeTable;
  /** List entries below this index are the model's own or already forgotten. */
  forgottenUpTo: number;
}

function createInstance(): Instance {
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as (model: Model, pipe?: string[]) => WinkMethods;
  const model = require('wink-eng-lite-web-model') as WinkModel;
  let core: CoreModel | undefined;
  const watched = { ...model, core: (): CoreModel => (core = model.core()) } as WinkModel;
  const wink = winkNLP(watched, ['sbd']);
  if (core === undefined) throw new Error('wink-nlp did not load its core model');
  const lexemes = core.features.lexeme;
  return { wink, core, lexemes, forgottenUpTo: lexemes.intrinsicSize };
}

/**
 * Words whose being remembered cannot change a later document: wink reads a run of plain ASCII
 * letters as one word and a run of digits as one number whether it knows them or not, and adds
 * them with the same features. Keeping them spares re-adding the names and numbers of every article.
 */
const HARMLESS = /^(?:[A-Za-z]+|[0-9]+)$/;

/** Removes from the lookup hash every word added since the last call that could change tokenization. */
function forget(instance: Instance): void {
  const { hash, list } = instance.lexemes;
  for (let k = instance.forgottenUpTo; k < list.length; k += 1) {
    const word = list[k] as string;
    if (!HARMLESS.test(word)) delete hash[word];
  }
  instance.forgottenUpTo = list.length;
}

/** Characters wink's tokenizer splits on: a word holding one is read as several tokens. */
const SPLITS = /[ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f\n\r\t]/;

/** One packed feature of the model's own lexeme `index`. */
function packed(core: CoreModel, index: number, field: PackedField): number {
  return ((core.lexicon[field[0] + index * core.packing.size] ?? 0) & field[1]) >>> field[2];
}

/** The model's own lexeme that is the normal form of lexeme `index` (as wink's cache computes it). */
function normalOf(core: CoreModel, index: number): number {
  const layout = core.packing.layout;
  if (packed(core, index, layout.isSpellingMapped) === 1) return packed(core, index, layout.lemma);
  return index + packed(core, index, layout.normal);
}

/**
 * Stop-word flag of a lower-case word when the lexicon alone decides it, `undefined` otherwise.
 * A word without split characters that the model knows (and that is no contraction) is read as
 * that one lexeme, flagged by its normal form; any other lower-case word is either several tokens
 * or one unknown token, and unknown tokens carry no stop-word flag.
 */
function stopFlagOf(core: CoreModel, word: string): boolean | undefined {
  if (word.length === 0) return false;
  if (SPLITS.test(word) || word.toLowerCase() !== word) return undefined;
  const index = core.features.lexeme.hash[word];
  const intrinsic = core.features.lexeme.intrinsicSize;
  if (index === undefined || index >= intrinsic) return false;
  const layout = core.packing.layout;
  if (packed(core, index, layout.isContraction) === 1) return undefined;
  const normal = normalOf(core, index);
  return normal < intrinsic ? packed(core, normal, layout.isStopWord) === 1 : undefined;
}

/** Stop-word flag as wink gives it for `word` read alone as a document: one token, flagged. */
function readStopFlag(wink: WinkMethods, word: string): boolean {
  const flags = wink.readDoc(word).tokens().out(wink.its.stopWordFlag) as unknown as boolean[];
  return flags.length === 1 && flags[0] === true;
}

/** Answers kept before the memory starts afresh (names keep coming; the vocabulary does not). */
const MAX_REMEMBERED = 100_000;

/** A word test that remembers its answers (up to a bound): words recur, and a map read is cheaper. */
function remembered(test: (word: string) => boolean): (word: string) => boolean {
  const known = new Map<string, boolean>();
  return (word) => {
    let answer = known.get(word);
    if (answer === undefined) {
      answer = test(word);
      if (known.size >= MAX_REMEMBERED) known.clear();
      known.set(word, answer);
    }
    return answer;
  };
}

export interface FreshWink {
  /** wink-nlp (pipe `sbd`) whose `readDoc` starts every document from the model's own lexicon. */
  readonly wink: WinkMethods;
  /** True when the model's own lexicon holds the word (wink's `isOOV` is false). */
  readonly isKnownWord: (word: string) => boolean;
  /** True when wink reads the lower-case word alone as one token flagged as a stop word. */
  readonly isStopWord: (word: string) => boolean;
}

/** A wink-nlp instance that reads every document afresh, with the model's word tests. */
export function createFreshWink(): FreshWink {
  let instance = createInstance();
  const readDoc: WinkMethods['readDoc'] = (text) => {
    if (instance.lexemes.list.length - instance.lexemes.intrinsicSize > MAX_FORGOTTEN) instance = createInstance();
    else forget(instance);
    return instance.wink.readDoc(text);
  };
  const wink: WinkMethods = { ...instance.wink, readDoc };
  return {
    wink,
    isKnownWord: (word) => (instance.lexemes.hash[word] ?? Infinity) < instance.lexemes.intrinsicSize,
    isStopWord: remembered((word) => stopFlagOf(instance.core, word) ?? readStopFlag(wink, word)),
  };
}
