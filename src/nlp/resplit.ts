/**
 * Re-cuts doubtful candidates along names the article already knows: a title-case headline
 * ("Talks With Halvorsen Raise Hopes") keeps only its known names, and an untyped run that starts
 * with a known name ("Ingrid Halvorsen Signs Salmon Accord") is split after it.
 */
import type { Token } from './tokens.ts';
import type { NameCandidate } from './candidates.ts';
import { textOf } from './candidates.ts';

export interface ResplitContext {
  readonly tokens: readonly Token[];
  readonly source: string;
  /** Keys of names typed with some evidence elsewhere in the article. */
  readonly known: ReadonlySet<string>;
  /** `nameKey`, remembered for the article. */
  readonly keyOf: (name: string) => string;
  /** Keeps a leftover piece that matches no known name (a gazetteer place, say). */
  readonly keepLeftover: (piece: NameCandidate) => boolean;
}

function sub(ctx: ResplitContext, c: NameCandidate, first: number, last: number): NameCandidate {
  const tokens = ctx.tokens;
  return {
    ...c, first, last, start: tokens[first]?.start ?? c.start, end: tokens[last]?.end ?? c.end,
    text: textOf(tokens, first, last, ctx.source), roles: first === c.first ? c.roles : [],
    qualifier: first === c.first ? c.qualifier : null, acronymOf: null,
  };
}

/** The longest known name starting at token `from` (its last token), or -1. */
function longestKnown(ctx: ResplitContext, from: number, last: number): number {
  for (let end = last; end >= from; end -= 1) {
    if (!isWordToken(ctx.tokens[end])) continue;
    const piece = textOf(ctx.tokens, from, end, ctx.source);
    if (ctx.known.has(ctx.keyOf(piece))) return end;
  }
  return -1;
}

function isWordToken(t: Token | undefined): boolean {
  return t !== undefined && t.word;
}

/** Splits one candidate into known names and leftovers. */
export function resplit(ctx: ResplitContext, c: NameCandidate): NameCandidate[] {
  const out: NameCandidate[] = [];
  let leftoverStart = -1;
  const flush = (end: number): void => {
    if (leftoverStart < 0) return;
    while (end >= leftoverStart && !isWordToken(ctx.tokens[end])) end -= 1;
    const piece = end >= leftoverStart ? sub(ctx, c, leftoverStart, end) : null;
    if (piece && ctx.keepLeftover(piece)) out.push(piece);
    leftoverStart = -1;
  };
  let i = c.first;
  while (i <= c.last) {
    const end = isWordToken(ctx.tokens[i]) ? longestKnown(ctx, i, c.last) : -1;
    if (end >= 0) {
      flush(i - 1);
      out.push(sub(ctx, c, i, end));
      i = end + 1;
    } else {
      if (leftoverStart < 0 && isWordToken(ctx.tokens[i])) leftoverStart = i;
      i += 1;
    }
  }
  flush(c.last);
  return out;
}
