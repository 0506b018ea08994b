/**
 * The distributed pipeline over NATS JetStream: `ingest --queue` publishes raw articles, `worker`
 * processes annotate and store them while one of them assigns stories, `status` reports. See
 * names.ts for the streams and subjects, worker.ts for delivery and retries, assigner.ts for how
 * stories stay correct with many workers.
 */
export { openQueue, QueueUnavailableError, type Queue, type QueueSettings } from './connection.ts';
export { DEFAULT_QUEUE_NAME, queueNames, type QueueNames } from './names.ts';
export { publishArticles, type PublishOptions, type PublishSummary } from './publish.ts';
export { runWorker, type WorkerEvent, type WorkerRun } from './worker.ts';
export { assignRound, runAssigner, type AssignEvent, type AssignPolicy } from './assigner.ts';
export { readQueueStatus, type QueueStatus } from './status.ts';
export { readDeadLetters, replayDeadLetters, type DeadLetter, type ReplaySummary } from './dead-letters.ts';
export type { Heartbeat, Lease, WorkerCounts } from './control.ts';
