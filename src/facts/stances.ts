/**
 * Where a clause stands in an exchange: making an offer ("extended an invitation", "offered",
 * "proposed"), accepting one ("accepted", "agreed to") or refusing one ("declined", "rejected",
 * "refused", "turned down"). An offer and its acceptance share most of their words (who, what,
 * the invitation) but are two claims: that X invited Y does not corroborate that Y accepted, nor
 * does acceptance corroborate refusal. A clause that states both sides ("accepted the invitation
 * Putin extended") clashes with neither.
 */

export const OFFER = 8;
export const ACCEPT = 16;
export const REFUSE = 32;
export const STANCES = OFFER | ACCEPT | REFUSE;

const OFFER_VERB = /\b(?:offer(?:s|ed|ing)?|extend(?:s|ed|ing)?|propos(?:e|es|ed|ing))\b/i;
const ACCEPT_VERB = /\b(?:accept(?:s|ed|ing)?|agree(?:s|d|ing)?\s+to)\b/i;
const REFUSE_VERB = /\b(?:declin(?:e|es|ed|ing)|reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|turn(?:s|ed|ing)?\s+down)\b/i;

/** The stance bits of a clause's text (0 when it states none). */
export function exchangeStance(text: string): number {
  return (OFFER_VERB.test(text) ? OFFER : 0) | (ACCEPT_VERB.test(text) ? ACCEPT : 0) | (REFUSE_VERB.test(text) ? REFUSE : 0);
}

/** True when each clause states exactly one stance and they differ (an offer against its answer, acceptance against refusal). */
export function stancesClash(a: number, b: number): boolean {
  const x = a & STANCES;
  const y = b & STANCES;
  return x !== 0 && y !== 0 && x !== y && (x & (x - 1)) === 0 && (y & (y - 1)) === 0;
}
