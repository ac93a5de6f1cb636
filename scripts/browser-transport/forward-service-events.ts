import { eventNames, type EventName, type EventPayload } from '../../shared/ipc/contract';

/** Anything that publishes contract events, such as `createServices(...).events`. */
export interface ContractEventSource {
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export type EmitContractEvent = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/**
 * Forwards every contract event from the services to the browser server, the role the
 * Electron event sender plays for a window. Returns the function that stops forwarding.
 */
export function forwardServiceEvents(
  source: ContractEventSource,
  emit: EmitContractEvent,
  onError: (error: unknown, name: EventName) => void = () => {},
): () => void {
  const forward = <E extends EventName>(name: E): (() => void) =>
    source.on(name, (payload) => {
      try {
        emit(name, payload);
      } catch (error) {
        // An invalid payload is a services bug; report it without failing their write.
        onError(error, name);
      }
    });
  const unsubscribers = eventNames.map((name) => forward(name));
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
