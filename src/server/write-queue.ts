/**
 * Writes one at a time: each task starts when the one before has settled (success or failure), so
 * two ingests never regroup the store at once (the second would be refused as a conflict).
 */
export interface WriteQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Resolves when every task queued so far has settled. */
  idle(): Promise<void>;
}

export function createWriteQueue(): WriteQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task, task);
      tail = result.catch(() => undefined);
      return result;
    },
    idle: async () => {
      await tail;
    },
  };
}
