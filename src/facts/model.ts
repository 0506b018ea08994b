/** Values of the facts stage: its output (`StoryFacts`) and the claim units it aligns. */
import type { Brief, DateMention, Diagnostic, Span } from '../types.ts';

/** What `analyzeStory` returns: the part of a Brief that needs analysis, with the stage's diagnostics. */
export type StoryFacts = Pick<
  Brief,
  'headline' | 'eventDate' | 'summary' | 'facts' | 'conflicts' | 'quotes' | 'timeline' | 'coverage'
> & { readonly diagnostics: readonly Diagnostic[] };

/** A count stated in a clause: its value, what it counts and what was done to it (`numbers.ts`). */
export interface NumberMention {
  /** The value as a plain decimal number (`forty` → `40`, `1.2 million` → `1200000`). */
  readonly value: string;
  /** Concept of the counted noun (the last word of the noun phrase after the number), or '' when none. */
  readonly noun: string;
  /** Concepts of the words between the number and its noun (`joint research`). */
  readonly modifiers: readonly string[];
  /** Concepts of the words that may govern the count, nearest first: the participle after the noun
   * (`were killed`), then up to two content words before the number (`fund`); empty when unknown. */
  readonly predicates: readonly string[];
  /** Surface text, e.g. `40 joint projects`. */
  readonly text: string;
}

/** A place named in an "in/at X" slot of a clause. */
export interface PlaceSlot {
  /** StoryEntity id. */
  readonly entity: string;
  readonly name: string;
}

/** One claim: a sentence, or a clause of a long one. */
export interface ClaimUnit {
  readonly index: number;
  readonly article: string;
  /** The independent source it counts for (the original of a copy). */
  readonly source: string;
  /** Position of its article in the story (reading order). */
  readonly articleOrder: number;
  readonly sentenceIndex: number;
  /** The whole sentence, exactly as in the article: the evidence. */
  readonly sentence: string;
  /** The clause as a claim: its own words, with its subject restored when it was a bare predicate. */
  readonly text: string;
  readonly span: Span;
  readonly words: number;
  readonly terms: readonly string[];
  /** Terms that tell which claim it is: without names, the titles before them, or long quotations. */
  readonly keyTerms: readonly string[];
  /** Key terms the clause has only inside quotation marks: words it quotes, not its own. */
  readonly quotedTerms: readonly string[];
  /** StoryEntity ids mentioned (and the story's pair of actors where "the two leaders" stands for them). */
  readonly entities: readonly string[];
  /** StoryEntity ids of the people acting, with "both"/"they" resolved to the article's two main people. */
  readonly actors: readonly string[];
  /** StoryEntity ids of the clause's grammatical subject (who did it); empty when unknown. */
  readonly subjects: readonly string[];
  readonly dates: readonly DateMention[];
  readonly numbers: readonly NumberMention[];
  readonly places: readonly PlaceSlot[];
  /** True when the clause is only a quotation with its attribution. */
  readonly quoteOnly: boolean;
  /** StoryEntity ids in a "with X" slot that are not the story's main people or sides (`parties.ts`). */
  readonly thirdParties: readonly string[];
  /** StoryEntity ids of the organisations, things and places named outside an attribution. */
  readonly anchors: readonly string[];
  /** True when the clause states, with a meeting verb, that the story's two main people met. */
  readonly meeting: boolean;
}

/** A group of aligned units: one fact before it becomes a BriefFact. */
export interface FactGroup {
  readonly id: string;
  readonly text: string;
  readonly units: readonly ClaimUnit[];
  /** The unit whose words are the fact's text. */
  readonly central: ClaimUnit;
  /** One unit per independent source, in reading order: the evidence. */
  readonly evidence: readonly ClaimUnit[];
  /** Every article (copies included) with a unit in the group. */
  readonly reporters: ReadonlySet<string>;
}
