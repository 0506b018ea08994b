/**
 * The story assigner: one role, held by at most one worker at a time through the queue's lease,
 * that puts the articles workers stored into stories. Workers never assign stories themselves, so
 * two workers storing reports of one event at the same moment cannot start two stories for it: the
 * assigner sees both and groups them together.
 *
 * Two kinds of round, so that little of the work is serial while the workers are busy:
 * - a full round (`regroupStored`: dedup and clustering with refinement over every stored article,
 *   as a single process groups them; its cost grows with the store, and it runs in one process)
 *   runs when the queue has nothing left to deliver or being processed and some article waits for
 *   its story, or quick rounds wrote since the last full one. So once the queue drains, the stories
 *   are those a single process gives over the stored order;
 * - while the queue is busy, when the oldest waiting article has waited `maxDelayMs`, a quick round
 *   (story-index.ts) puts the new articles into stories in O(new) through the streaming dedup and
 *   cluster indexes it keeps between rounds (provisional stories), unless a full round is due:
 *   at most every max(`fullEveryMs`, 4 x the last full round's duration), so a long backlog is
 *   refined now and then at a bounded share of the assigner's time however big the store grows.
 * With `quickRounds: false` every round is full, and while busy at most every max(`maxDelayMs`,
 * 4 x the last round's duration). A full round under way when the worker stops is abandoned
 * (nothing written; the next assigner, which starts by counting the stories as provisional, does it).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { regroupStored, type AssignSummary, type NewsroomContext } from '../newsroom.ts';
import { StoreConflictError, type Store } from '../store/index.ts';
import type { Nlp } from '../nlp/index.ts';
import type { Options } from '../options.ts';
import type { Queue } from './connection.ts';
import { claimLease, releaseLease } from './control.ts';
import { assignQuickly, type StoryIndex } from './story-index.ts';

export interface AssignPolicy {
  /** Longest an article waits for its story while the queue is busy (default 30 s). */
  readonly maxDelayMs?: number;
  /**
   * Quick rounds while the queue is busy (default true; false: every round is a full one, spaced
   * at max(`maxDelayMs`, 4 x the last round's duration) while busy). Quick rounds leave provisional
   * stories until the next full round: the streaming clusterer alone splits more than the refined one.
   */
  readonly quickRounds?: boolean;
  /**
   * With quick rounds: false makes the round at the drain a quick one too, the full round following
   * once no article waits (every article is in a story sooner, the stories refined one full round
   * later). Default true.
   */
  readonly refineAtDrain?: boolean;
  /** With quick rounds, the shortest time between full rounds while the queue is busy (default 120 s; see above). */
  readonly fullEveryMs?: number;
  /** How often the lease is renewed and the store looked at (default 500 ms). */
  readonly pollMs?: number;
  /** How long the lease lasts without renewal (default 20 s). */
  readonly leaseMs?: number;
}

export type AssignEvent =
  /**
   * `full`: a full regroup (else a quick round); `cpuMs`: this process's CPU time during the round
   * (briefs computed by other workers not included).
   */
  | { readonly kind: 'round'; readonly full: boolean; readonly summary: AssignSummary; readonly cpuMs: number }
  | { readonly kind: 'conflict'; readonly message: string };

export interface AssignerRun {
  readonly queue: Queue;
  readonly store: Store;
  readonly options: Options;
  readonly nlp: Nlp;
  /** The lease holder's name (the worker id). */
  readonly holder: string;
  readonly policy?: AssignPolicy;
  /** Stops the loop (after the round under way). */
  readonly signal: AbortSignal;
  readonly onEvent?: (event: AssignEvent) => void;
  /** Told whether a round is under way (for the worker's heartbeat). */
  readonly onBusy?: (busy: boolean) => void;
  /** Where the round's briefs are computed (default: here; workers spread them, see briefs.ts). */
  readonly briefStories?: NewsroomContext['briefStories'];
}

/** Runs until `signal` aborts; then, if it holds the lease, assigns what is waiting and releases it. */
export async function runAssigner(run: AssignerRun): Promise<void> {
  const policy = resolvePolicy(run.policy);
  // Stories a stopped assigner's quick rounds left are refined at the first full round.
  const provisional = policy.quickRounds && (await run.store.counts()).articles > 0;
  const rounds = { index: null as StoryIndex | null, lastRoundMs: 0, lastFullMs: 0, lastFullAt: Date.now(), provisional };
  let waitingSince: number | null = null;
  let holding = false;
  // A round longer than the lease would let a second assigner start the same work: the lease covers
  // three times the last round, and is renewed while a round waits for its briefs.
  const ttl = (): number => Math.max(policy.leaseMs, 3 * rounds.lastRoundMs);
  const roundWithLease = async (full: boolean): Promise<void> => {
    const renew = setInterval(() => void claimLease(run.queue, run.holder, ttl()).catch(() => undefined), policy.leaseMs / 4);
    const started = Date.now();
    try {
      const done = await assignRound(run, { full, index: rounds.index, signal: full ? run.signal : undefined });
      rounds.index = done.index;
      if (done.written && full) rounds.provisional = false;
      if (done.written && !full && done.assigned > 0) rounds.provisional = true;
    } finally {
      clearInterval(renew);
    }
    rounds.lastRoundMs = Date.now() - started;
    if (full) [rounds.lastFullMs, rounds.lastFullAt] = [rounds.lastRoundMs, Date.now()];
  };
  try {
    while (!run.signal.aborted) {
      await sleep(policy.pollMs, undefined, { signal: run.signal }).catch(() => undefined);
      if (run.signal.aborted) break;
      holding = await claimLease(run.queue, run.holder, ttl());
      if (!holding) {
        rounds.index = null;
        continue;
      }
      const waiting = await run.store.unassignedArticles();
      waitingSince = waiting === 0 ? null : (waitingSince ?? Date.now());
      const round = await nextRound(run, policy, { ...rounds, waitingSince });
      if (round === null) continue;
      await roundWithLease(round === 'full');
      waitingSince = null;
    }
    if (holding && (await run.store.unassignedArticles()) > 0) await roundWithLease(!policy.quickRounds);
  } finally {
    if (holding) await releaseLease(run.queue, run.holder).catch(() => undefined);
  }
}

/** What one round left: the index for the next quick round, whether it wrote, how many it assigned. */
export interface RoundOutcome {
  readonly index: StoryIndex | null;
  readonly written: boolean;
  readonly assigned: number;
}

/**
 * One round, quick (from `index`, rebuilt when out of step) or full; a conflict (another assigner
 * wrote first) is reported, not thrown, and drops the index; a full round aborted by `signal` writes
 * nothing.
 */
export async function assignRound(
  run: Pick<AssignerRun, 'store' | 'options' | 'nlp' | 'onEvent' | 'onBusy' | 'briefStories'>,
  round: { readonly full: boolean; readonly index?: StoryIndex | null; readonly signal?: AbortSignal } = { full: true },
): Promise<RoundOutcome> {
  const start = process.cpuUsage();
  const context: NewsroomContext = { nlp: run.nlp, briefStories: run.briefStories, signal: round.signal };
  run.onBusy?.(true);
  try {
    let summary: AssignSummary;
    let index: StoryIndex | null = null;
    if (round.full) summary = await regroupStored(run.store, run.options, context);
    else ({ summary, index } = await assignQuickly(run.store, run.options, context, round.index ?? null));
    const used = process.cpuUsage(start);
    run.onEvent?.({ kind: 'round', full: round.full, summary, cpuMs: (used.user + used.system) / 1000 });
    return { index, written: true, assigned: summary.assigned };
  } catch (err) {
    if (round.signal?.aborted) return { index: null, written: false, assigned: 0 };
    if (!(err instanceof StoreConflictError)) throw err;
    run.onEvent?.({ kind: 'conflict', message: err.message });
    return { index: null, written: false, assigned: 0 };
  } finally {
    run.onBusy?.(false);
  }
}

interface RoundClock {
  /** When the oldest article not in a story was first seen waiting (null: none waits). */
  readonly waitingSince: number | null;
  readonly provisional: boolean;
  readonly lastRoundMs: number;
  readonly lastFullMs: number;
  readonly lastFullAt: number;
}

/** The round due now, if any (see the comment at the top). */
async function nextRound(run: AssignerRun, policy: Required<AssignPolicy>, clock: RoundClock): Promise<'full' | 'quick' | null> {
  const now = Date.now();
  if (clock.waitingSince === null) return policy.quickRounds && clock.provisional && (await queueIdle(run)) ? 'full' : null;
  if (await queueIdle(run)) return policy.quickRounds && !policy.refineAtDrain ? 'quick' : 'full';
  const waited = now - clock.waitingSince;
  // Full rounds only: while busy, at most every max(maxDelayMs, 4 x the last round's duration).
  if (!policy.quickRounds) return waited >= Math.max(policy.maxDelayMs, 4 * clock.lastRoundMs) ? 'full' : null;
  if (waited < policy.maxDelayMs) return null;
  return now - clock.lastFullAt >= Math.max(policy.fullEveryMs, 4 * clock.lastFullMs) ? 'full' : 'quick';
}

/** Nothing left to deliver and nothing being processed. */
async function queueIdle(run: AssignerRun): Promise<boolean> {
  const consumer = await run.queue.jsm.consumers.info(run.queue.names.stream, run.queue.names.consumer);
  return consumer.num_pending === 0 && consumer.num_ack_pending === 0;
}

function resolvePolicy(policy: AssignPolicy = {}): Required<AssignPolicy> {
  return {
    maxDelayMs: policy.maxDelayMs ?? 30_000,
    quickRounds: policy.quickRounds ?? true,
    refineAtDrain: policy.refineAtDrain ?? true,
    fullEveryMs: policy.fullEveryMs ?? 120_000,
    pollMs: policy.pollMs ?? 500,
    leaseMs: policy.leaseMs ?? 20_000,
  };
}
