/**
 * Where a queue lives in JetStream, all derived from one name (default NEWSDESK) so several queues
 * (one per deployment, one per test) share a server without meeting:
 * - stream `NAME` (work-queue retention: a message is deleted once acked), subject `NAME.articles`:
 *   the raw articles, one message each, message id = article id (the duplicate window drops a
 *   re-publish); durable pull consumer `workers`, shared by every worker process;
 * - stream `NAME_DEAD` (kept, limits retention), subject `NAME.dead`: articles that kept failing,
 *   with the reason; kept apart so they can be listed without being consumed;
 * - core NATS subjects `NAME.briefs.ID` (not stored): the story assigner's brief requests to the
 *   worker ID (briefs.ts);
 * - stream `NAME_CONTROL` (one message per subject), subjects `NAME.control.assigner` (the story
 *   assigner's lease) and `NAME.control.workers.ID` (each worker's last heartbeat).
 */
export interface QueueNames {
  readonly stream: string;
  readonly articles: string;
  readonly consumer: string;
  readonly deadStream: string;
  readonly dead: string;
  readonly controlStream: string;
  readonly lease: string;
  readonly workers: string;
  readonly briefs: string;
}

export const DEFAULT_QUEUE_NAME = 'NEWSDESK';
const NAME = /^[A-Za-z0-9_-]{1,64}$/;

/** The names of the queue called `name`; throws on a name JetStream would refuse (letters, digits, `_`, `-`). */
export function queueNames(name: string = DEFAULT_QUEUE_NAME): QueueNames {
  if (!NAME.test(name)) throw new RangeError(`queue name "${name}": use 1 to 64 letters, digits, "_" or "-"`);
  return {
    stream: name,
    articles: `${name}.articles`,
    consumer: 'workers',
    deadStream: `${name}_DEAD`,
    dead: `${name}.dead`,
    controlStream: `${name}_CONTROL`,
    lease: `${name}.control.assigner`,
    workers: `${name}.control.workers`,
    briefs: `${name}.briefs`,
  };
}
