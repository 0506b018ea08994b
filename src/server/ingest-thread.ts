/**
 * Ingest in a worker thread: annotating and regrouping take CPU-seconds on a big store, and on the
 * server's thread they would stall every page for that long. The worker opens its own connection
 * to the store at `location` (a file or URL another connection can share; not `:memory:`); the
 * server's connection sees each committed batch. Requests still go one at a time (the app's
 * write queue), and errors come back as the same error classes.
 */
import { Worker } from 'node:worker_threads';
import { StoreConflictError } from '../store/index.ts';
import { BadRequestError, type ApiErrorCode } from './errors.ts';
import type { BodyKind, IngestReport, IngestRunner } from './ingest.ts';

export interface IngestRequestMessage {
  readonly id: number;
  readonly kind: BodyKind;
  readonly body: Uint8Array;
}

export type WorkerFailure =
  | { readonly type: 'bad-request'; readonly code: ApiErrorCode; readonly message: string; readonly details: unknown }
  | { readonly type: 'conflict'; readonly message: string }
  | { readonly type: 'fault'; readonly message: string };

export type IngestResponseMessage =
  | { readonly id: number; readonly ok: true; readonly report: IngestReport }
  | { readonly id: number; readonly ok: false; readonly error: WorkerFailure };

export interface ThreadIngest {
  readonly run: IngestRunner;
  /** Closes the worker's store connection and ends the thread. */
  close(): Promise<void>;
}

// The worker loads TypeScript through tsx, as the CLI does (a worker does not inherit the hooks).
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry); });
`;

function toError(failure: WorkerFailure): Error {
  if (failure.type === 'bad-request') return new BadRequestError(failure.message, failure.code, failure.details);
  if (failure.type === 'conflict') return new StoreConflictError(failure.message);
  return new Error(`ingest worker: ${failure.message}`);
}

/**
 * Starts the worker in the background (loading the pipeline takes seconds; the server need not
 * wait for it): the first request waits until the worker is ready.
 */
export function threadIngest(location: string): ThreadIngest {
  const entry = new URL('./ingest-worker.ts', import.meta.url).href;
  // Resolved here: the eval'd bootstrap would resolve bare names from the current folder.
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { location, entry, tsx } });
  const pending = new Map<number, { resolve: (report: IngestReport) => void; reject: (err: Error) => void }>();
  let nextId = 1;
  let exited: Error | null = null;
  let startError: unknown = null;
  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: IngestResponseMessage | 'ready') => {
      if (message === 'ready') return resolve();
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.ok) waiting?.resolve(message.report);
      else waiting?.reject(toError(message.error));
    });
    worker.on('error', (err) => {
      startError ??= err;
      reject(err instanceof Error ? err : new Error(String(err)));
    });
  });
  ready.catch(() => undefined); // reported to the requests that wait for it
  const ended = new Promise<void>((resolve) => {
    worker.once('exit', (code) => {
      const cause = startError instanceof Error ? `: ${startError.message}` : '';
      exited = new Error(`the ingest worker stopped (exit code ${code})${cause}`);
      for (const waiting of pending.values()) waiting.reject(exited);
      pending.clear();
      resolve();
    });
  });
  return {
    run: async (kind, body) => {
      await ready;
      return new Promise<IngestReport>((resolve, reject) => {
        if (exited !== null) return reject(exited);
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, kind, body } satisfies IngestRequestMessage);
      });
    },
    close: async () => {
      if (exited === null) worker.postMessage('close');
      await ended;
    },
  };
}
