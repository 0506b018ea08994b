/**
 * Publishing raw articles to the queue. Each article is one JSON message whose message id is the
 * article id (a content hash), so JetStream's duplicate window drops a re-publish of the same input
 * and the worker's store check skips one published again later. Back-pressure: at most
 * `maxInFlight` publishes wait for their acknowledgement; reading the inputs pauses until the
 * oldest is acknowledged, so a fast reader never outruns the server's acknowledgements.
 */
import type { RawArticle } from '../types.ts';
import type { Queue } from './connection.ts';

export interface PublishSummary {
  /** Articles the stream stored. */
  readonly published: number;
  /** Articles the stream already had within its duplicate window (dropped). */
  readonly duplicates: number;
}

export interface PublishOptions {
  /** Publishes awaiting acknowledgement before reading pauses (default 256). */
  readonly maxInFlight?: number;
  /** Called after each acknowledged publish. */
  readonly onPublished?: (article: RawArticle, duplicate: boolean) => void;
}

const DEFAULT_MAX_IN_FLIGHT = 256;
const PUBLISH_ATTEMPTS = 3;

/** Publishes every article of `articles`; resolves when all are acknowledged. */
export async function publishArticles(queue: Queue, articles: AsyncIterable<RawArticle> | Iterable<RawArticle>, options: PublishOptions = {}): Promise<PublishSummary> {
  const maxInFlight = Math.max(1, options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT);
  const inFlight: Promise<void>[] = [];
  const totals = { published: 0, duplicates: 0 };
  let failure: { readonly error: unknown } | null = null;
  const publishOne = async (article: RawArticle): Promise<void> => {
    try {
      const duplicate = await publishWithRetry(queue, article);
      if (duplicate) totals.duplicates += 1;
      else totals.published += 1;
      options.onPublished?.(article, duplicate);
    } catch (error) {
      failure ??= { error };
    }
  };
  for await (const article of articles) {
    if (inFlight.length >= maxInFlight) await inFlight.shift();
    if (failure !== null) break;
    inFlight.push(publishOne(article));
  }
  await Promise.all(inFlight);
  if (failure !== null) throw (failure as { readonly error: unknown }).error;
  return totals;
}

/** One article; a timed-out publish is sent again (safe: the message id makes it idempotent). */
async function publishWithRetry(queue: Queue, article: RawArticle): Promise<boolean> {
  const data = JSON.stringify(article);
  for (let attempt = 1; ; attempt++) {
    try {
      const ack = await queue.js.publish(queue.names.articles, data, { msgID: article.id });
      return ack.duplicate;
    } catch (err) {
      if (attempt >= PUBLISH_ATTEMPTS) throw err;
    }
  }
}
