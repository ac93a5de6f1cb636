import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createBridgeApi, type IpcRendererLike } from '../../electron/preload/create-bridge-api';

function fakeIpcRenderer() {
  const emitter = new EventEmitter();
  const invoked: unknown[][] = [];
  const ipcRenderer: IpcRendererLike = {
    invoke: async (...args) => {
      invoked.push(args);
      return { ok: true, data: 'pong' };
    },
    on: (channel, listener) => emitter.on(channel, listener),
    removeListener: (channel, listener) => emitter.removeListener(channel, listener),
  };
  // What Electron passes to listeners: an event object that carries ipcRenderer itself.
  const emit = (channel: string, ...args: unknown[]) => emitter.emit(channel, { sender: ipcRenderer, ports: [] }, ...args);
  return { ipcRenderer, invoked, emit, emitter };
}

function setup() {
  const fake = fakeIpcRenderer();
  const api = createBridgeApi({ ipcRenderer: fake.ipcRenderer, channelNames: ['issues:list'], eventNames: ['library:changed'] });
  return { ...fake, api };
}

describe('preload bridge (S6)', () => {
  it('exposes only invoke and on', () => {
    const { api } = setup();
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('forwards an allowlisted channel with one payload', async () => {
    const { api, invoked } = setup();
    await expect(api.invoke('issues:list', {})).resolves.toEqual({ ok: true, data: 'pong' });
    expect(invoked).toEqual([['issues:list', {}]]);
  });

  it.each(['electron-store-get-data', 'ELECTRON_BROWSER_REQUIRE', '__proto__', 'constructor', 'issues:list ', '', 42, null])(
    'answers unknown-channel without sending anything for %j',
    async (channel) => {
      const { api, invoked } = setup();
      await expect(api.invoke(channel as string, {})).resolves.toEqual({ ok: false, error: { code: 'unknown-channel', message: 'unknown channel' } });
      expect(invoked).toEqual([]);
    },
  );

  it('gives listeners only the payload, never the IPC event', () => {
    const { api, emit } = setup();
    const received: unknown[][] = [];
    api.on('library:changed', (...args: unknown[]) => received.push(args));
    emit('library:changed', { issueId: null }, 'second argument');
    expect(received).toEqual([[{ issueId: null }]]);
  });

  it('unsubscribes', () => {
    const { api, emit, emitter } = setup();
    const received: unknown[] = [];
    const off = api.on('library:changed', (payload) => received.push(payload));
    off();
    emit('library:changed', 1);
    expect(received).toEqual([]);
    expect(emitter.listenerCount('library:changed')).toBe(0);
  });

  it.each(['menu:command', 'electron-store-get-data', '__proto__', 7])('refuses to subscribe to %j', (event) => {
    const { api, emitter } = setup();
    expect(() => api.on(event as string, () => undefined)).toThrow(TypeError);
    expect(emitter.eventNames()).toEqual([]);
  });

  it('refuses a listener that is not a function', () => {
    const { api } = setup();
    expect(() => api.on('library:changed', 'alert(1)' as never)).toThrow(TypeError);
  });
});
