/**
 * The worker-thread side of `threadIngest` (ingest-thread.ts): opens its own connection to the
 * store, annotates and regroups there, and answers each request with the report or the error's
 * kind, so the server's thread keeps answering pages meanwhile. Loaded only inside a worker.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { resolveOptions } from '../options.ts';
import { createPipelineContext, type PipelineContext } from '../pipeline.ts';
import { openStore, StoreConflictError } from '../store/index.ts';
import { BadRequestError } from './errors.ts';
import { ingestBody } from './ingest.ts';
import type { IngestRequestMessage, IngestResponseMessage, WorkerFailure } from './ingest-thread.ts';

function failure(err: unknown): WorkerFailure {
  if (err instanceof BadRequestError) return { type: 'bad-request', code: err.code, message: err.message, details: err.details };
  if (err instanceof StoreConflictError) return { type: 'conflict', message: err.message };
  return { type: 'fault', message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
}

async function main(): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error('ingest-worker.ts runs only as a worker thread');
  const store = await openStore((workerData as { location: string }).location);
  const options = resolveOptions();
  let pipeline: PipelineContext | null = null;
  const deps = { store, options, pipeline: (): PipelineContext => (pipeline ??= createPipelineContext()) };
  port.on('message', (message: IngestRequestMessage | 'close') => {
    if (message === 'close') {
      void store.close().then(() => port.close());
      return;
    }
    ingestBody(message.kind, message.body, deps).then(
      (report) => port.postMessage({ id: message.id, ok: true, report } satisfies IngestResponseMessage),
      (err: unknown) => port.postMessage({ id: message.id, ok: false, error: failure(err) } satisfies IngestResponseMessage),
    );
  });
  port.postMessage('ready');
}

await main();
