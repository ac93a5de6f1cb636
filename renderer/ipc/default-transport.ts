import { createBridgeTransport } from './bridge-transport';
import { createHttpTransport } from './http-transport';
import type { RendererTransport } from './renderer-transport';

let transport: RendererTransport | undefined;

/**
 * The preload bridge when running in Electron, else the loopback HTTP transport (the
 * dev/test server). Created on first use and kept, so the token is read exactly once.
 */
export function defaultTransport(): RendererTransport {
  transport ??= window.triptych ? createBridgeTransport(window.triptych) : createHttpTransport();
  return transport;
}
