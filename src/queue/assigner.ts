/**
 * The story assigner: one role, held by at most one worker at a time through the queue's lease,
 * that puts the articles workers stored into stories (`assignPending`). Workers never assign
 * stories themselves, so two workers storing reports of one event at the same moment cannot start
 * two stories for it: the assigner sees both and regroups them together.
 *
 * Each round regroups every stored article, serially, so rounds are spaced: a round runs when the
 * queue has nothing left to deliver or being processed (the stories catch up at once), or, while
 * it is busy, when the oldest waiting article has waited `maxDelayMs`. A backlog is thus worked
 * off with a round every `maxDelayMs` and one at the end, whatever its size.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { assignPending, type AssignSummary, type NewsroomContext } from '../newsroom.ts';
import { StoreConflictError, type Store } from '../store/index.ts';
import type { Nlp } from '../nlp/index.ts';
import type { Options } from '../options.ts';
import type { Queue } from './connection.ts';
import { claimLease, releaseLease } from './control.ts';

export interface AssignPolicy {
  /** Longest an article waits for its story while the queue is busy (default 30 s). */
  readonly maxDelayMs?: number;
  /** How often the lease is renewed and the store looked at (default 500 ms). */
  readonly pollMs?: number;
  /** How long the lease lasts without renewal (default 20 s). */
  readonly leaseMs?: number;
}

export type AssignEvent =
  /** `cpuMs`: this process's CPU time during the round (briefs computed by other workers not included). */
  | { readonly kind: 'round'; readonly summary: AssignSummary; readonly cpuMs: number }
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
  let waitingSince: number | null = null;
  let holding = false;
  // A round longer than the lease would let a second assigner start the same work: the lease covers
  // three times the last round, and is renewed while a round waits for its briefs.
  let lastRoundMs = 0;
  const ttl = (): number => Math.max(policy.leaseMs, 3 * lastRoundMs);
  const roundWithLease = async (): Promise<void> => {
    const renew = setInterval(() => void claimLease(run.queue, run.holder, ttl()).catch(() => undefined), policy.leaseMs / 4);
    const started = Date.now();
    try {
      await assignRound(run);
    } finally {
      clearInterval(renew);
    }
    lastRoundMs = Date.now() - started;
  };
  try {
    while (!run.signal.aborted) {
      await sleep(policy.pollMs, undefined, { signal: run.signal }).catch(() => undefined);
      if (run.signal.aborted) break;
      holding = await claimLease(run.queue, run.holder, ttl());
      if (!holding) continue;
      const waiting = await run.store.unassignedArticles();
      if (waiting === 0) {
        waitingSince = null;
        continue;
      }
      waitingSince ??= Date.now();
      if (!(await roundDue(run, policy, waitingSince))) continue;
      await roundWithLease();
      waitingSince = null;
    }
    if (holding && (await run.store.unassignedArticles()) > 0) await roundWithLease();
  } finally {
    if (holding) await releaseLease(run.queue, run.holder).catch(() => undefined);
  }
}

/** One `assignPending` call; a conflict (another assigner wrote first) is reported, not thrown. */
export async function assignRound(run: Pick<AssignerRun, 'store' | 'options' | 'nlp' | 'onEvent' | 'onBusy' | 'briefStories'>): Promise<AssignSummary | null> {
  const start = process.cpuUsage();
  run.onBusy?.(true);
  try {
    const summary = await assignPending(run.store, run.options, { nlp: run.nlp, briefStories: run.briefStories });
    const used = process.cpuUsage(start);
    run.onEvent?.({ kind: 'round', summary, cpuMs: (used.user + used.system) / 1000 });
    return summary;
  } catch (err) {
    if (!(err instanceof StoreConflictError)) throw err;
    run.onEvent?.({ kind: 'conflict', message: err.message });
    return null;
  } finally {
    run.onBusy?.(false);
  }
}

async function roundDue(run: AssignerRun, policy: Required<AssignPolicy>, waitingSince: number): Promise<boolean> {
  if (Date.now() - waitingSince >= policy.maxDelayMs) return true;
  const consumer = await run.queue.jsm.consumers.info(run.queue.names.stream, run.queue.names.consumer);
  return consumer.num_pending === 0 && consumer.num_ack_pending === 0;
}

function resolvePolicy(policy: AssignPolicy = {}): Required<AssignPolicy> {
  return {
    maxDelayMs: policy.maxDelayMs ?? 30_000,
    pollMs: policy.pollMs ?? 500,
    leaseMs: policy.leaseMs ?? 20_000,
  };
}
