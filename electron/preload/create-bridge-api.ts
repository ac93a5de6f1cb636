import type { IpcRendererEvent } from 'electron';
import type { Invoke } from '../../shared/ipc/client';
import type { IpcResult } from '../../shared/ipc/error-codes';

/** The part of Electron's `ipcRenderer` the bridge uses, so tests can pass a fake. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): unknown;
}

/** What the renderer sees as `window.triptych`: two functions, nothing else. */
export interface TriptychBridge {
  invoke: Invoke;
  /** Subscribes to a main → renderer event; returns the unsubscribe function. */
  on(event: string, listener: (payload: unknown) => void): () => void;
}

const UNKNOWN_CHANNEL: IpcResult = { ok: false, error: { code: 'unknown-channel', message: 'unknown channel' } };

/**
 * The API the preload exposes (S6). Channel and event names are checked against the
 * contract's allowlists here as well as in main, so a compromised page cannot even send
 * to other channels; `ipcRenderer` and its event objects never reach the page (the
 * event carries `sender`, i.e. ipcRenderer itself).
 */
export function createBridgeApi(deps: {
  ipcRenderer: IpcRendererLike;
  channelNames: readonly string[];
  eventNames: readonly string[];
}): TriptychBridge {
  const channels = new Set(deps.channelNames);
  const events = new Set(deps.eventNames);
  const { ipcRenderer } = deps;
  return {
    async invoke(channel, payload) {
      if (typeof channel !== 'string' || !channels.has(channel)) return UNKNOWN_CHANNEL;
      return (await ipcRenderer.invoke(channel, payload)) as IpcResult;
    },
    on(event, listener) {
      if (typeof event !== 'string' || !events.has(event)) throw new TypeError(`unknown event: ${String(event)}`);
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      const forwardPayload = (_event: IpcRendererEvent, payload?: unknown): void => listener(payload);
      ipcRenderer.on(event, forwardPayload);
      return () => {
        ipcRenderer.removeListener(event, forwardPayload);
      };
    },
  };
}
