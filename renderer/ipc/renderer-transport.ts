import type { Invoke } from '../../shared/ipc/client';

/** How the renderer reaches main: the preload bridge in Electron, loopback HTTP in a browser. */
export interface RendererTransport {
  invoke: Invoke;
  /** Raw, unvalidated event payloads; `createApi` validates them. */
  on(event: string, listener: (payload: unknown) => void): () => void;
}
