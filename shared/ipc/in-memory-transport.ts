import type { Invoke } from './client';
import type { Dispatch } from './dispatcher';

/**
 * Connects a client to a dispatcher in one process, copying payloads both ways with
 * structuredClone so tests catch anything that would not survive real IPC.
 */
export function createInMemoryTransport(dispatch: Dispatch): Invoke {
  return async (channel, payload) => structuredClone(await dispatch(channel, structuredClone(payload)));
}
