import { defaultIngestOptions, type IngestOptions } from './ingest/options.ts';
import { defaultCleanOptions, type CleanOptions } from './clean/options.ts';
import { defaultNlpOptions, type NlpOptions } from './nlp/options.ts';
import { defaultQuotesOptions, type QuotesOptions } from './quotes/options.ts';
import { defaultDedupOptions, type DedupOptions } from './dedup/options.ts';
import { defaultClusterOptions, type ClusterOptions } from './cluster/options.ts';
import { defaultFactsOptions, type FactsOptions } from './facts/options.ts';

/** All options, one slice per stage. Merged once, at the edge; each stage reads only its slice. */
export interface Options {
  readonly ingest: IngestOptions;
  readonly clean: CleanOptions;
  readonly nlp: NlpOptions;
  readonly quotes: QuotesOptions;
  readonly dedup: DedupOptions;
  readonly cluster: ClusterOptions;
  readonly facts: FactsOptions;
}

export type OptionsInput = { readonly [K in keyof Options]?: Partial<Options[K]> };

export const defaultOptions: Options = {
  ingest: defaultIngestOptions,
  clean: defaultCleanOptions,
  nlp: defaultNlpOptions,
  quotes: defaultQuotesOptions,
  dedup: defaultDedupOptions,
  cluster: defaultClusterOptions,
  facts: defaultFactsOptions,
};

/** The one merge: defaults, then the caller's slices, field by field. */
export function resolveOptions(input: OptionsInput = {}): Options {
  return {
    ingest: { ...defaultOptions.ingest, ...input.ingest },
    clean: { ...defaultOptions.clean, ...input.clean },
    nlp: { ...defaultOptions.nlp, ...input.nlp },
    quotes: { ...defaultOptions.quotes, ...input.quotes },
    dedup: { ...defaultOptions.dedup, ...input.dedup },
    cluster: { ...defaultOptions.cluster, ...input.cluster },
    facts: { ...defaultOptions.facts, ...input.facts },
  };
}
