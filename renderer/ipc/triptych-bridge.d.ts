import type { IpcResult } from '../../shared/ipc/error-codes';

/**
 * What the Electron preload exposes as `window.triptych` (electron/preload/create-bridge-api.ts
 * builds it): two functions, nothing else. Absent in a plain browser, where the loopback
 * HTTP transport takes over.
 */
export interface TriptychBridge {
  invoke(channel: string, payload: unknown): Promise<IpcResult>;
  /** Subscribes to a main → renderer event; returns the unsubscribe function. */
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    readonly triptych?: TriptychBridge;
  }
}
