/**
 * The worker's store writes, beside its processing (group commit).
 *
 * Why it exists: processing an article is synchronous CPU and a store write is a transaction of
 * several round trips, so a worker awaiting each write before the next article sat idle for a fifth
 * of its time. The writer stores processed articles while the worker processes the next ones: while
 * one write is in flight the next articles wait, and the next write takes all of them in one
 * transaction. It never waits to fill a batch: an article waits for the write ahead of it and its
 * own, whose round trips are answered between two articles (tens of milliseconds; a store held up
 * by a lock holds up one write, as before), far below the consumer's ack wait (60 s by default).
 * At most `maxUnwritten` articles are processed but not yet written; at the bound the worker waits
 * (`room`), so memory and the messages held stay bounded.
 *
 * A message is acked only after the write holding its article committed (`onWritten` first); a
 * failed write naks every unwritten article's message, calls `onFailure`, and takes no more.
 */
import type { JsMsg } from '@nats-io/jetstream';
import type { Store } from '../store/index.ts';
import type { AnnotatedArticle } from '../types.ts';

export interface ArticleWriterRun {
  readonly store: Store;
  /** Processed articles not yet written (or being written) before `room` waits. */
  readonly maxUnwritten: number;
  /** After the write holding the article committed, before its messages are acked; `copies` are the other messages of its id. */
  readonly onWritten: (article: AnnotatedArticle, copies: number) => void;
  /** A write failed (the store is down): stop pulling messages. Called before the naks. */
  readonly onFailure: () => void;
}

export interface ArticleWriter {
  /** Holds the article's message until its write commits, starting a write if none is in flight. */
  add(article: AnnotatedArticle, message: JsMsg): void;
  /** True when an article of this id waits to be written; the message then rides with it (acked as a copy). */
  joins(id: string, message: JsMsg): boolean;
  /** Resolves when fewer than `maxUnwritten` articles are unwritten (or a write failed). */
  room(): Promise<void>;
  /** Writes what waits and acks it; rejects with the store's error if a write failed. */
  flush(): Promise<void>;
  /** Naks what no write has taken yet, and lets the write in flight end (it acks or naks its own). */
  abandon(): Promise<void>;
  failed(): boolean;
}

/** An unwritten article and its messages: the first delivered it, the others are copies. */
interface Unwritten {
  readonly article: AnnotatedArticle;
  readonly messages: JsMsg[];
}

type Batch = ReadonlyMap<string, Unwritten>;

export function startArticleWriter(run: ArticleWriterRun): ArticleWriter {
  const limit = Math.max(1, run.maxUnwritten);
  let waiting = new Map<string, Unwritten>();
  let inFlight: Batch = new Map();
  let writing: Promise<void> | null = null;
  let failure: { readonly error: unknown } | null = null;
  // An async wrapper: a store that throws instead of rejecting fails the write the same way.
  const put = async (batch: Batch): Promise<number> => run.store.putArticles([...batch.values()].map((u) => u.article));
  const fail = (batch: Batch, error: unknown): void => {
    failure ??= { error };
    // Stop pulling first: a message handed back while the pull is open comes straight back to us.
    run.onFailure();
    // nak after an ack is a no-op, so a batch that failed half-acknowledged is handed back only in part.
    for (const unwritten of [...batch.values(), ...waiting.values()]) for (const m of unwritten.messages) m.nak();
    waiting = new Map();
  };
  const settle = (batch: Batch): void => {
    for (const { article, messages } of batch.values()) {
      run.onWritten(article, messages.length - 1);
      for (const message of messages) message.ack();
    }
  };
  // One step at a write's end (no copy can join a batch already acknowledged), then the next write.
  const finish = (batch: Batch, outcome: { readonly error: unknown } | null): void => {
    inFlight = new Map();
    writing = null;
    try {
      if (outcome === null) settle(batch);
      else fail(batch, outcome.error);
    } catch (error) {
      fail(batch, error);
    }
    kick();
  };
  const kick = (): void => {
    if (writing !== null || waiting.size === 0 || failure !== null) return;
    const batch = waiting;
    inFlight = batch;
    waiting = new Map();
    writing = put(batch).then(() => finish(batch, null), (error: unknown) => finish(batch, { error }));
  };
  const drain = async (): Promise<void> => {
    while (writing !== null) await writing;
  };
  return {
    add: (article, message) => {
      waiting.set(article.id, { article, messages: [message] });
      kick();
    },
    joins: (id, message) => {
      const unwritten = waiting.get(id) ?? inFlight.get(id);
      unwritten?.messages.push(message);
      return unwritten !== undefined;
    },
    room: async () => {
      while (writing !== null && waiting.size + inFlight.size >= limit) await writing;
    },
    flush: async () => {
      await drain();
      if (failure !== null) throw failure.error;
    },
    abandon: async () => {
      for (const { messages } of waiting.values()) for (const m of messages) m.nak();
      waiting = new Map();
      await drain();
    },
    failed: () => failure !== null,
  };
}
