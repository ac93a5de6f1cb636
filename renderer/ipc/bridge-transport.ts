import type { RendererTransport } from './renderer-transport';
import type { TriptychBridge } from './triptych-bridge';

/** The Electron transport: `window.triptych` from the preload, used as it is. */
export function createBridgeTransport(bridge: TriptychBridge): RendererTransport {
  return {
    invoke: (channel, payload) => bridge.invoke(channel, payload),
    on: (event, listener) => bridge.on(event, listener),
  };
}
