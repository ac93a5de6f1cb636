import type { Invoke } from './client';
import type { Dispatch } from './dispatcher';

/**
 * Throws when a payload holds anything the JSON-based transports (the loopback server)
 * would silently mangle: Map, Set, Date, typed arrays, functions, undefined in arrays,
 * non-finite numbers. Electron's structured clone would carry some of them, the browser
 * transport would not, so the contract allows none.
 */
export function assertJsonSafe(value: unknown, path = '$'): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${path} is not a finite number`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (item === undefined) throw new TypeError(`${path}[${i}] is undefined`);
      assertJsonSafe(item, `${path}[${i}]`);
    });
    return;
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw new TypeError(`${path} is a ${proto?.constructor?.name ?? 'non-plain object'}`);
    for (const [key, child] of Object.entries(value)) {
      if (child !== undefined) assertJsonSafe(child, `${path}.${key}`);
    }
    return;
  }
  throw new TypeError(`${path} is a ${typeof value}`);
}

/**
 * Connects a client to a dispatcher in one process, copying payloads both ways with
 * structuredClone and refusing what would not survive the JSON transport, so Node tests
 * catch anything real IPC would break.
 */
export function createInMemoryTransport(dispatch: Dispatch): Invoke {
  return async (channel, payload) => {
    if (payload !== undefined) assertJsonSafe(payload);
    const result = await dispatch(channel, structuredClone(payload));
    assertJsonSafe(result);
    return structuredClone(result);
  };
}
