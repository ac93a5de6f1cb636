import { AppError } from '../../../shared/ipc/error-codes';

export interface KeyedQueue {
  /**
   * Runs `task` after every task queued earlier under the same key has settled (D5: two
   * writes to one document never interleave). A failed task does not block the ones after it.
   */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Resolves once every queued task has settled, including tasks queued while waiting. */
  flush(): Promise<void>;
  /**
   * Flushes, then refuses new tasks. Tasks that arrive while it is flushing are still taken
   * (a save sent just before quitting is written, not dropped).
   */
  drainAndClose(): Promise<void>;
}

export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<void>>();
  let closed = false;

  const flush = async (): Promise<void> => {
    while (tails.size > 0) await Promise.all([...tails.values()]);
  };

  return {
    run(key, task) {
      if (closed) return Promise.reject(new AppError('invalid-operation', 'the library is closed'));
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(task);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
    flush,
    async drainAndClose() {
      await flush();
      // Set in the same turn that saw the queue empty, so no task slips in between.
      closed = true;
    },
  };
}
