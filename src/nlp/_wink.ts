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
 */
import { createRequire } from 'node:module';
import type { Model, WinkMethods } from 'wink-nlp';

/** The part of wink's core model this file touches: the lexeme table. */
interface LexemeTable {
  readonly hash: Record<string, number>;
  readonly list: readonly string[];
  readonly intrinsicSize: number;
}

interface CoreModel {
  readonly features: { readonly lexeme: LexemeTable };
}

type WinkModel = Model & { readonly core: () => CoreModel };

/** Forgotten words before the instance is made afresh (bounds the memory of a long-running process). */
const MAX_FORGOTTEN = 400_000;

interface Instance {
  readonly wink: WinkMethods;
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
  return { wink, lexemes, forgottenUpTo: lexemes.intrinsicSize };
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

/** A wink-nlp instance (pipe `sbd`) whose `readDoc` starts every document from the model's own lexicon. */
export function createFreshWink(): WinkMethods {
  let instance = createInstance();
  const readDoc: WinkMethods['readDoc'] = (text) => {
    if (instance.lexemes.list.length - instance.lexemes.intrinsicSize > MAX_FORGOTTEN) instance = createInstance();
    else forget(instance);
    return instance.wink.readDoc(text);
  };
  return { ...instance.wink, readDoc };
}
