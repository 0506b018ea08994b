/**
 * The queue's control subjects (stream NAME_CONTROL, one message kept per subject):
 * - the story assigner's lease: `{holder, expiresAt}` on `NAME.control.assigner`, taken and renewed
 *   with a compare-and-set publish (JetStream's expected-last-subject-sequence check), so of two
 *   workers racing for a free or expired lease exactly one wins;
 * - each worker's heartbeat (`NAME.control.workers.ID`): who it is, when it was last seen, its counts.
 *
 * The lease only saves work (one assigner regroups at a time); correctness does not rest on it: a
 * holder paused past its expiry may still write, and the store refuses that stale write.
 */
import { JetStreamApiError } from '@nats-io/jetstream';
import type { Queue } from './connection.ts';

export interface Lease {
  readonly holder: string;
  /** ISO 8601 time after which another worker may take the lease. */
  readonly expiresAt: string;
}

/** What a worker has done since it started. */
export interface WorkerCounts {
  /** Messages received (deliveries, redeliveries included). */
  readonly received: number;
  /** Articles annotated and stored. */
  readonly stored: number;
  /** Articles the store already held (a redelivery after a crash, or a re-publish). */
  readonly known: number;
  /** Inputs rejected as bad (their diagnostics were reported). */
  readonly rejected: number;
  /** Articles that threw and were handed back for a later retry. */
  readonly retried: number;
  /** Articles moved to the dead letters. */
  readonly deadLettered: number;
  /** Story assignment rounds written, and the articles they put into stories. */
  readonly assignRounds: number;
  readonly assigned: number;
  /** Of those rounds, the full regroups (all of them unless the assigner runs quick rounds). */
  readonly fullRounds: number;
  /** Quick rounds that wrote since the last full round (0: the stories are the refined ones). */
  readonly provisionalRounds: number;
  /** Story rounds refused because another assigner wrote first (their work was wasted). */
  readonly assignConflicts: number;
  /** Story briefs made for the assigner's rounds (brief requests served). */
  readonly briefsServed: number;
  /** CPU seconds of the story rounds (this process's, whatever it did meanwhile), and of the whole process. */
  readonly assignCpuSeconds: number;
  readonly cpuSeconds: number;
}

export interface Heartbeat {
  readonly id: string;
  readonly host: string;
  readonly pid: number;
  readonly startedAt: string;
  readonly seenAt: string;
  /** `running`, `assigning`, `stopping` or `stopped`. */
  readonly state: string;
  readonly counts: WorkerCounts;
}

const WRONG_LAST_SEQUENCE = 10071;

/** The lease as stored, with its subject sequence (0 when none was ever written). */
export async function readLease(queue: Queue): Promise<{ readonly lease: Lease | null; readonly seq: number }> {
  const last = await queue.jsm.streams.getMessage(queue.names.controlStream, { last_by_subj: queue.names.lease });
  if (last === null) return { lease: null, seq: 0 };
  return { lease: last.json<Lease>(), seq: last.seq };
}

/**
 * Takes or renews the assigner lease for `holder` for `ttlMs`; false when another holder has an
 * unexpired lease or won the race for it.
 */
export async function claimLease(queue: Queue, holder: string, ttlMs: number): Promise<boolean> {
  const { lease, seq } = await readLease(queue);
  if (lease !== null && lease.holder !== holder && Date.parse(lease.expiresAt) > Date.now()) return false;
  return writeLease(queue, { holder, expiresAt: new Date(Date.now() + ttlMs).toISOString() }, seq);
}

/** Gives the lease up (expired at once) if `holder` still has it. */
export async function releaseLease(queue: Queue, holder: string): Promise<void> {
  const { lease, seq } = await readLease(queue);
  if (lease?.holder === holder) await writeLease(queue, { holder, expiresAt: new Date(0).toISOString() }, seq);
}

async function writeLease(queue: Queue, lease: Lease, expectedSeq: number): Promise<boolean> {
  try {
    await queue.js.publish(queue.names.lease, JSON.stringify(lease), { expect: { lastSubjectSequence: expectedSeq } });
    return true;
  } catch (err) {
    if (err instanceof JetStreamApiError && err.code === WRONG_LAST_SEQUENCE) return false;
    throw err;
  }
}

export async function publishHeartbeat(queue: Queue, heartbeat: Heartbeat): Promise<void> {
  await queue.js.publish(`${queue.names.workers}.${heartbeat.id}`, JSON.stringify(heartbeat));
}

/** The last heartbeat of every worker seen within the control stream's age limit. */
export async function readHeartbeats(queue: Queue): Promise<Heartbeat[]> {
  const info = await queue.jsm.streams.info(queue.names.controlStream, { subjects_filter: `${queue.names.workers}.>` });
  const subjects = Object.keys(info.state.subjects ?? {}).sort();
  const beats: Heartbeat[] = [];
  for (const subject of subjects) {
    const last = await queue.jsm.streams.getMessage(queue.names.controlStream, { last_by_subj: subject });
    if (last !== null) beats.push(last.json<Heartbeat>());
  }
  return beats;
}
