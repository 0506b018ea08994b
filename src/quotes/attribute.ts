/**
 * Finds the words that attribute one quote: `“…,” X said`, `“…,” said X`, `X said: “…”`,
 * `X told Y: “…”` (X, never Y), `according to X`, a participle (`…, adding, “…”`) that takes the
 * subject of its sentence, a colon line before the quote, and a headline's `‘…’: X`. The result is a
 * mention (name, pronoun or description); resolve.ts turns it into a person.
 */
import { isParticiple, isSpeechVerb, takesListener } from './_lexicon.ts';
import { inObjectPosition, mayBePerson, mentionAt, mentionsIn, tokensIn, type QuoteContext } from './context.ts';
import type { Mention } from './mentions.ts';
import type { Token } from './tokens.ts';
import type { ScannedQuote } from './scan.ts';
import { sentenceAt } from './sentences.ts';

export type Cue = 'after' | 'before' | 'according-to' | 'participle' | 'colon-line' | 'headline' | 'subject';

export interface Attribution {
  readonly mention: Mention;
  /** Listeners and other objects of the attribution: never the speaker. */
  readonly objects: readonly Mention[];
  readonly cue: Cue;
  readonly confidence: number;
}

const adverb = /^(?:also|later|further|then|again|once|recently|previously|earlier|yesterday|today|tonight|now|still|simply|quickly|repeatedly|often|continued|went|on|has|had|have|was|would|will|once)$|ly$/i;

/** Index of the first token at or after `from` that starts at or after `pos`, adverbs skipped. */
function verbSlot(toks: readonly Token[], from: number, pos: number): number {
  let k = from;
  while (k < toks.length && (toks[k] as Token).start < pos) k++;
  while (k < toks.length && adverb.test((toks[k] as Token).text) && !isSpeechVerb((toks[k] as Token).text)) k++;
  return k;
}

/**
 * Skips an appositive (`X, a senior aide, said`; `X, 67, a retired nurse in Y, said`: up to three
 * commas within 160 characters, never over a full stop or a quote mark) and adverbs; returns the
 * next token index.
 */
function skipToVerb(ctx: QuoteContext, toks: readonly Token[], from: number, mentionEnd: number): number {
  if (from < 0) return -1;
  if (!ctx.text.slice(mentionEnd, mentionEnd + 2).startsWith(',')) return verbSlot(toks, from, 0);
  const first = ctx.text.indexOf(',', mentionEnd + 1);
  if (first < 0 || first - mentionEnd > 90) return -1;
  let close = first;
  for (let commas = 0; close >= 0 && close - mentionEnd <= 160 && commas < 3; commas++) {
    if (/[.!?"\u201C\u201D]/.test(ctx.text.slice(mentionEnd, close))) break;
    const k = verbSlot(toks, from, close);
    const tok = toks[k];
    if (tok !== undefined && isSpeechVerb(tok.text)) return k;
    close = ctx.text.indexOf(',', close + 1);
  }
  return verbSlot(toks, from, first);
}

function listenerAfter(ctx: QuoteContext, verb: Token, next: Token | undefined): Mention[] {
  if (!takesListener(verb.text) || next === undefined) return [];
  const m = mentionAt(ctx, next.start);
  return m ? [m] : [];
}

function accordingTo(ctx: QuoteContext, toks: readonly Token[]): Attribution | null {
  for (let i = 0; i + 2 < toks.length; i++) {
    if (!/^according$/i.test((toks[i] as Token).text) || !/^to$/i.test((toks[i + 1] as Token).text)) continue;
    const m = mentionAt(ctx, (toks[i + 2] as Token).start);
    if (m) return { mention: m, objects: [], cue: 'according-to', confidence: 0.85 };
  }
  return null;
}

/** `“…,” said X`, `“…,” X said`, `“…,” X told Y`, `“…”: X` after the closing mark. */
export function attributeAfter(ctx: QuoteContext, q: ScannedQuote, to: number): Attribution | null {
  const lead = /^[\s,:\u2015\u2014\u2013-]*/.exec(ctx.text.slice(q.outer.end, to))?.[0] ?? '';
  const toks = tokensIn(ctx, q.outer.end, to);
  const first = toks[0];
  if (first === undefined) return null;
  if (first.start === q.outer.end + lead.length) {
    const hit = lead.includes(':') ? headline(ctx, first) : inverted(ctx, toks) ?? subjectVerb(ctx, toks, handsOver(ctx, q)) ?? signature(ctx, first, lead);
    if (hit) return hit;
  }
  return accordingTo(ctx, toks);
}

/** Verbs that attribute a quote they follow (`“…,” X said`); evaluative verbs (`praised`) do not. */
const isTrailingVerb = (w: string): boolean =>
  isSpeechVerb(w) && !isParticiple(w) && !/^(?:call|prais|describ|thank|agree|express|offer|put|read|beg[au]n|point|continu|highlight|underline|underscor|promis|pledg|urg|deni|deny|confirm)/i.test(w);

/** The mention at `pos`; for `X’s Y` (`the Post’s editor Jane Roe`), the owned Y. */
function ownedMentionAt(ctx: QuoteContext, pos: number): Mention | null {
  let m = mentionAt(ctx, pos);
  for (let hops = 0; m?.possessive && hops < 3; hops++) {
    const next = tokensIn(ctx, m.span.end, m.span.end + 40).find((t) => t.start > m!.span.end + 1);
    m = next ? mentionAt(ctx, next.start) : null;
  }
  return m;
}

function inverted(ctx: QuoteContext, toks: readonly Token[]): Attribution | null {
  const verb = toks[0] as Token;
  const next = toks[1];
  if (!isTrailingVerb(verb.text) || next === undefined) return null;
  const m = ownedMentionAt(ctx, next.start);
  return m ? { mention: m, objects: [], cue: 'after', confidence: 0.95 } : null;
}

/** True when a quote's words end in `,` `?` or `!` inside the marks: the sentence goes on to its speaker. */
function handsOver(ctx: QuoteContext, q: ScannedQuote): boolean {
  const last = ctx.text.slice(q.inner.start, q.inner.end).trimEnd().slice(-1);
  return last === ',' || last === '?' || last === '!';
}

/** Any verb in the past or present tense (`barked`, `fumed`, `asks`): after `“…,” Name`, it reports the quote. */
const tensedVerb = /^\p{Ll}+(?:ed|[^s]s)$/u;

function subjectVerb(ctx: QuoteContext, toks: readonly Token[], handedOver: boolean): Attribution | null {
  const m = ownedMentionAt(ctx, (toks[0] as Token).start);
  if (!m) return null;
  const after = toks.findIndex((t) => t.start >= m.span.end);
  const k = skipToVerb(ctx, toks, after, m.span.end);
  const verb = toks[k];
  if (k < 0 || verb === undefined) return null;
  if (isTrailingVerb(verb.text)) return { mention: m, objects: listenerAfter(ctx, verb, toks[k + 1]), cue: 'after', confidence: 0.95 };
  const plain = k === after && m.kind === 'name' && handedOver && tensedVerb.test(verb.text);
  return plain ? { mention: m, objects: [], cue: 'after', confidence: 0.8 } : null;
}

/** A headline's `‘…’: X` — a bare name after a colon. */
function headline(ctx: QuoteContext, first: Token): Attribution | null {
  const m = mentionAt(ctx, first.start);
  return m && m.kind === 'name' ? { mention: m, objects: [], cue: 'headline', confidence: 0.7 } : null;
}

/** `“…” — Jane Roe, a voter`: a name signed after a dash, with no verb. */
function signature(ctx: QuoteContext, first: Token, lead: string): Attribution | null {
  if (!/[\u2015\u2014\u2013-]/.test(lead)) return null;
  const m = mentionAt(ctx, first.start);
  if (!m || m.kind !== 'name') return null;
  const rest = ctx.text.slice(m.span.end, m.span.end + 3);
  return /^(?:[,.;(]|\s*$|\s*\n)/.test(rest) ? { mention: m, objects: [], cue: 'after', confidence: 0.85 } : null;
}

/** `X said: “…”`, `X told Y, “…”`, `…, adding, “…”`, `according to X, “…”` before the opening mark. */
export function attributeBefore(ctx: QuoteContext, from: number, to: number, cue: Cue = 'before'): Attribution | null {
  const toks = tokensIn(ctx, from, to);
  let v = toks.length - 1;
  while (v >= 0 && !isSpeechVerb((toks[v] as Token).text)) v--;
  const verb = toks[v];
  if (verb === undefined) return accordingTo(ctx, toks) ?? colonIntroduced(ctx, from, to);
  const objects = listenerAfter(ctx, verb, toks[v + 1]);
  const subject = isParticiple(verb.text) ? null : nearestSubject(ctx, from, verb.start, objects);
  if (subject) return { mention: subject, objects, cue, confidence: cue === 'before' ? 0.9 : 0.8 };
  const main = sentenceSubject(ctx, from, verb.start, objects);
  return main ? { mention: main, objects, cue: 'participle', confidence: 0.8 } : accordingTo(ctx, toks);
}

/** `… doesn't surprise pollster X: “…”` — no speech verb, but a colon right after a person. */
function colonIntroduced(ctx: QuoteContext, from: number, to: number): Attribution | null {
  if (!ctx.text.slice(from, to).trimEnd().endsWith(':')) return null;
  const found = mentionsIn(ctx, from, to).filter((m) => usable(ctx, m, []) && mayBePerson(ctx, m));
  const last = found[found.length - 1];
  if (!last || tokensIn(ctx, last.span.end, to).length > 0) return null;
  return { mention: last, objects: [], cue: 'before', confidence: 0.7 };
}

/** A quote that ends its paragraph, signed on the next line: `— X, …`. */
export function attributeDashLine(ctx: QuoteContext, q: ScannedQuote): Attribution | null {
  const after = /^[\s.,]*\n\s*[-\u2015\u2014\u2013]+\s*/.exec(ctx.text.slice(q.outer.end, q.outer.end + 12));
  if (!after) return null;
  const m = mentionAt(ctx, q.outer.end + after[0].length);
  return m && m.kind === 'name' ? { mention: m, objects: [], cue: 'after', confidence: 0.85 } : null;
}

const usable = (ctx: QuoteContext, m: Mention, objects: readonly Mention[]): boolean =>
  !m.possessive && !objects.includes(m) && !inObjectPosition(ctx, m) && m.pronoun !== 'first';

/** The nearest mention before a finite speech verb that can be its subject. */
function nearestSubject(ctx: QuoteContext, from: number, verbStart: number, objects: readonly Mention[]): Mention | null {
  const found = mentionsIn(ctx, from, verbStart).filter((m) => m.span.end <= verbStart && (usable(ctx, m, objects) || subjectOfVerb(ctx, m, verbStart, objects)));
  const last = found[found.length - 1];
  if (!last) return null;
  const gap = tokensIn(ctx, last.span.end, verbStart);
  return gap.length <= 4 || ctx.text.slice(last.span.end, verbStart).startsWith(',') ? last : null;
}

/**
 * A mention written right before the verb (only adverbs and auxiliaries between) is its subject even
 * after a word that usually takes an object: `As X put it`, `after X had said`.
 */
function subjectOfVerb(ctx: QuoteContext, m: Mention, verbStart: number, objects: readonly Mention[]): boolean {
  if (m.possessive || objects.includes(m) || m.pronoun === 'first' || m.kind === 'description') return false;
  if (ctx.text.slice(m.span.end, verbStart).includes(',')) return false;
  return tokensIn(ctx, m.span.end, verbStart).every((t) => adverb.test(t.text));
}

/** The subject of a sentence: its first person-like mention that is no object. */
export function sentenceSubject(ctx: QuoteContext, from: number, to: number, objects: readonly Mention[]): Mention | null {
  const found = mentionsIn(ctx, from, to).filter((m) => usable(ctx, m, objects));
  return found.find((m) => mayBePerson(ctx, m)) ?? null;
}

/** The sentence before a quote's, when it ends with a colon: `X said:` on its own line. */
export function attributeColonLine(ctx: QuoteContext, q: ScannedQuote): Attribution | null {
  const s = sentenceAt(ctx.sentences, q.outer.start);
  const own = ctx.sentences[s];
  const prev = ctx.sentences[s - 1];
  if (!own || !prev || ctx.text.slice(own.start, q.outer.start).trim() !== '') return null;
  if (!ctx.text.slice(prev.start, prev.end).trimEnd().endsWith(':')) return null;
  return attributeBefore(ctx, prev.start, prev.end, 'colon-line');
}
