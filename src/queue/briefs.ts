/**
 * Briefing spread over the workers. A story round (assigner.ts) regroups serially, but the briefs of
 * the stories it changed are independent of each other, and they are most of a round's work. So
 * the assigner sends each one as a request on the core NATS subject `NAME.briefs`, which every
 * worker (the assigner's own process too) serves in one queue group, each request going to one of
 * them; the round is written, in one transaction as before, once every brief is back. A brief is
 * the same pure function of the stored members wherever it is computed. A request that gets no
 * answer in time (its worker died) or an answer too big for a message is briefed by the assigner
 * itself, so a round never depends on another worker staying alive.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { briefStoredStory, type StoryBriefRequest } from '../newsroom.ts';
import type { Nlp } from '../nlp/index.ts';
import type { Options } from '../options.ts';
import type { Store } from '../store/index.ts';
import type { Brief } from '../types.ts';
import type { Queue } from './connection.ts';

export interface Briefing {
  readonly queue: Queue;
  readonly store: Store;
  readonly options: Options;
  readonly nlp: Nlp;
}

type BriefReply = { readonly brief: Brief } | { readonly error: string };

const QUEUE_GROUP = 'briefers';
/** Requests out at once: a few per worker, so no worker's backlog makes a request wait long. */
const DEFAULT_WINDOW = 8;
const DEFAULT_TIMEOUT_MS = 120_000;
/** Room left in a message for NATS headers and framing. */
const PAYLOAD_MARGIN = 4096;

/** Serves brief requests until `signal` aborts (then answers those already received and stops). */
export async function serveBriefs(briefing: Briefing, signal: AbortSignal, onServed?: () => void): Promise<void> {
  const { queue } = briefing;
  const subscription = queue.nc.subscribe(queue.names.briefs, { queue: QUEUE_GROUP });
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
      let payload = gzipSync(JSON.stringify(reply));
      if (payload.length > maxPayload(queue)) payload = gzipSync(JSON.stringify({ error: 'brief too big for one message' }));
      message.respond(payload);
      onServed?.();
    }
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

/** A `briefStories` for `assignPending` that spreads the briefs over the workers serving them. */
export function briefAcrossWorkers(briefing: Briefing, limits: { readonly window?: number; readonly timeoutMs?: number } = {}) {
  return async (requests: readonly StoryBriefRequest[]): Promise<Brief[]> => {
    const briefs = new Array<Brief>(requests.length);
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < requests.length) {
        const index = next++;
        briefs[index] = await briefElsewhere(briefing, requests[index]!, limits.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      }
    };
    await Promise.all(Array.from({ length: Math.min(requests.length, limits.window ?? DEFAULT_WINDOW) }, lane));
    return briefs;
  };
}

async function briefElsewhere(briefing: Briefing, request: StoryBriefRequest, timeoutMs: number): Promise<Brief> {
  const { queue } = briefing;
  const payload = gzipSync(JSON.stringify(request));
  if (payload.length <= maxPayload(queue)) {
    try {
      const answer = await queue.nc.request(queue.names.briefs, payload, { timeout: timeoutMs });
      const reply = JSON.parse(gunzipSync(answer.data).toString('utf8')) as BriefReply;
      if ('brief' in reply) return reply.brief;
    } catch {
      // No worker answered in time (or none serves): brief it here.
    }
  }
  return briefStoredStory(briefing.store, request, briefing);
}

function maxPayload(queue: Queue): number {
  return (queue.nc.info?.max_payload ?? 1024 * 1024) - PAYLOAD_MARGIN;
}
