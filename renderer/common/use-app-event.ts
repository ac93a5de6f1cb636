import { useEffect, useRef } from 'react';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import { onEvent } from '../ipc/api';

/** Subscribes to an event from main for the component's lifetime; the latest listener always runs. */
export function useAppEvent<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): void {
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => onEvent(name, (payload) => latest.current(payload)), [name]);
}
