/**
 * Briefing spread over the workers. A story round (assigner.ts) regroups serially, but the briefs of
 * the stories it changed are independent of each other, and they are most of a round's work. A
 * brief is the same pure function of the stored members wherever it is computed, so the assigner
 * hands them out and writes the round, in one transaction as before, once every brief is back.
 *
 * How they are handed out decides how much of the round runs in parallel. Each worker serves
 * requests on its own core NATS subject `NAME.briefs.ID`; the assigner reads the live workers from
 * their heartbeats and keeps each one busy with exactly `perWorker` requests at a time (pulling the
 * next one when an answer comes back), while it briefs the rest itself. A queue group would place
 * requests at random, so one worker could sit with a backlog while another idles; and largest
 * stories go first (a big story's brief costs most), so the round does not end waiting on one late
 * big brief. A brief may be larger than a NATS message (a story of hundreds of reports gives
 * megabytes), so an answer comes as a run of chunks ended by an empty message (requestMany's
 * sentinel). A request that gets no complete answer in time (its worker died) or no responder is
 * briefed by the assigner itself, and that worker gets no more requests this round: a round never
 * depends on another worker staying alive.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { briefStoredStory, type StoryBriefRequest } from '../newsroom.ts';
import type { Nlp } from '../nlp/index.ts';
import type { Options } from '../options.ts';
import type { Store } from '../store/index.ts';
import type { Brief } from '../types.ts';
import type { Queue } from './connection.ts';
import { readHeartbeats, type Heartbeat } from './control.ts';

export interface Briefing {
  readonly queue: Queue;
  readonly store: Store;
  readonly options: Options;
  readonly nlp: Nlp;
}

export interface BriefLimits {
  /** Requests out at once per other worker (default 2: one to work on, one waiting, while the assigner is busy briefing). */
  readonly perWorker?: number;
  /** How long one request may take before the assigner briefs it itself (default 120 s). */
  readonly timeoutMs?: number;
  /** A worker whose last heartbeat is older than this is not sent requests (default 10 s). */
  readonly liveWithinMs?: number;
}

type BriefReply = { readonly brief: Brief } | { readonly error: string };

const DEFAULT_PER_WORKER = 2;
const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_LIVE_WITHIN_MS = 10_000;
/** Room left in a message for NATS headers and framing. */
const PAYLOAD_MARGIN = 4096;

/** The subject on which the worker `id` serves brief requests. */
export function briefSubject(queue: Queue, id: string): string {
  return `${queue.names.briefs}.${id}`;
}

export interface ServeOptions {
  /** Called after each answer. */
  readonly onServed?: () => void;
  /** Largest chunk of an answer (default: the server's largest message, less room for headers). */
  readonly chunkBytes?: number;
}

/** Serves the brief requests sent to worker `id` until `signal` aborts (then answers those already received and stops). */
export async function serveBriefs(briefing: Briefing, id: string, signal: AbortSignal, serve: ServeOptions = {}): Promise<void> {
  const { queue } = briefing;
  const subscription = queue.nc.subscribe(briefSubject(queue, id));
  const stop = (): void => void subscription.drain().catch(() => undefined);
  if (signal.aborted) stop();
  signal.addEventListener('abort', stop, { once: true });
  try {
    for await (const message of subscription) {
      let reply: BriefReply;
      try {
        const request = JSON.parse(gunzipSync(message.data).toString('utf8')) as StoryBriefRequest;
        reply = { brief: await briefStoredStory(briefing.store, request, briefing) };
      } catch (err) {
        reply = { error: err instanceof Error ? err.message : String(err) };
      }
      const payload = gzipSync(JSON.stringify(reply));
      const chunk = Math.max(1, serve.chunkBytes ?? maxPayload(queue));
      for (let at = 0; at < payload.length; at += chunk) message.respond(payload.subarray(at, at + chunk));
      message.respond(new Uint8Array(0));
      serve.onServed?.();
    }
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

/**
 * A `briefStories` for `assignPending` run by worker `self`: the requests, largest story first, go
 * to the live workers and to `self` (which briefs in-process), each taking the next when done.
 */
export function briefAcrossWorkers(briefing: Briefing, self: string, limits: BriefLimits = {}) {
  return async (requests: readonly StoryBriefRequest[]): Promise<Brief[]> => {
    const briefs = new Array<Brief>(requests.length);
    const order = requests.map((_, i) => i).sort((a, b) => requests[b]!.articles.length - requests[a]!.articles.length || a - b);
    let next = 0;
    const take = (): number | undefined => (next < order.length ? order[next++] : undefined);
    const local = async (index: number): Promise<void> => {
      briefs[index] = await briefStoredStory(briefing.store, requests[index]!, briefing);
    };
    const remoteLane = async (worker: string): Promise<void> => {
      for (let index = take(); index !== undefined; index = take()) {
        const brief = await briefElsewhere(briefing, worker, requests[index]!, limits.timeoutMs ?? DEFAULT_TIMEOUT_MS);
        if (brief !== null) {
          briefs[index] = brief;
          continue;
        }
        // That worker failed us: brief this one here, and leave it out for the rest of the round.
        await local(index);
        return;
      }
    };
    const selfLane = async (): Promise<void> => {
      for (let index = take(); index !== undefined; index = take()) {
        await local(index);
        // Let the answers that came in meanwhile hand their workers the next request.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    };
    const others = requests.length > 1 ? await liveWorkers(briefing.queue, self, limits.liveWithinMs ?? DEFAULT_LIVE_WITHIN_MS) : [];
    const perWorker = Math.max(1, limits.perWorker ?? DEFAULT_PER_WORKER);
    const lanes = others.flatMap((worker) => Array.from({ length: perWorker }, () => remoteLane(worker)));
    await Promise.all([...lanes, selfLane()]);
    return briefs;
  };
}

/** The ids of the other workers seen lately and not stopping. */
async function liveWorkers(queue: Queue, self: string, liveWithinMs: number): Promise<string[]> {
  const beats: Heartbeat[] = await readHeartbeats(queue).catch(() => []);
  const now = Date.now();
  return beats
    .filter((b) => b.id !== self && (b.state === 'running' || b.state === 'assigning') && now - Date.parse(b.seenAt) <= liveWithinMs)
    .map((b) => b.id);
}

/** The brief from worker `worker`, or null when it did not give one (no responder, timeout, error, request too big). */
async function briefElsewhere(briefing: Briefing, worker: string, request: StoryBriefRequest, timeoutMs: number): Promise<Brief | null> {
  const { queue } = briefing;
  const payload = gzipSync(JSON.stringify(request));
  if (payload.length > maxPayload(queue)) return null;
  try {
    const chunks: Uint8Array[] = [];
    let complete = false;
    const answers = await queue.nc.requestMany(briefSubject(queue, worker), payload, { strategy: 'sentinel', maxWait: timeoutMs });
    for await (const answer of answers) {
      if (answer.data.length === 0) {
        complete = true;
        break;
      }
      chunks.push(answer.data);
    }
    if (!complete) return null;
    const reply = JSON.parse(gunzipSync(Buffer.concat(chunks)).toString('utf8')) as BriefReply;
    return 'brief' in reply ? reply.brief : null;
  } catch {
    return null;
  }
}

function maxPayload(queue: Queue): number {
  return (queue.nc.info?.max_payload ?? 1024 * 1024) - PAYLOAD_MARGIN;
}
