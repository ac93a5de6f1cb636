import type { EventName, EventPayload } from '../../../shared/ipc/contract';

type Listener<E extends EventName> = (payload: EventPayload<E>) => void;

export interface LibraryEvents {
  /** Subscribes to one contract event; returns the unsubscribe function. */
  on<E extends EventName>(name: E, listener: Listener<E>): () => void;
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
}

export function createLibraryEvents(): LibraryEvents {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  return {
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener as (payload: never) => void);
      return () => {
        set.delete(listener as (payload: never) => void);
      };
    },
    emit(name, payload) {
      for (const listener of listeners.get(name) ?? []) {
        // A broken listener (e.g. a closed window) must not fail the write that already happened.
        try {
          (listener as (p: typeof payload) => void)(payload);
        } catch {
          // ignored on purpose
        }
      }
    },
  };
}
