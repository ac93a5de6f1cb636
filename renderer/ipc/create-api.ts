import { createClient, type IpcClient } from '../../shared/ipc/client';
import { events, type EventName, type EventPayload } from '../../shared/ipc/contract';
import type { RendererTransport } from './renderer-transport';

export type OnEvent = <E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void) => () => void;

export interface RendererApi {
  ipc: IpcClient;
  /** Subscribes to a contract event; payloads that fail its schema are dropped, not delivered. */
  onEvent: OnEvent;
}

export interface CreateApiOptions {
  onInvalidEvent?: (name: EventName, issue: string) => void;
}

/** The typed renderer API over a transport (chosen lazily, so importing it has no effects). */
export function createApi(getTransport: () => RendererTransport, options: CreateApiOptions = {}): RendererApi {
  const onInvalidEvent =
    options.onInvalidEvent ?? ((name: EventName, issue: string) => console.warn(`[ipc] dropped a malformed ${name} event: ${issue}`));
  return {
    ipc: createClient((channel, payload) => getTransport().invoke(channel, payload)),
    onEvent(name, listener) {
      if (!Object.prototype.hasOwnProperty.call(events, name)) throw new TypeError(`unknown event: ${String(name)}`);
      const schema = events[name];
      return getTransport().on(name, (payload) => {
        // Main is trusted, but an event is still a process boundary: check what crossed it.
        const parsed = schema.safeParse(payload);
        if (!parsed.success) {
          onInvalidEvent(name, parsed.error.issues[0]?.message ?? 'invalid');
          return;
        }
        listener(parsed.data as EventPayload<typeof name>);
      });
    },
  };
}
