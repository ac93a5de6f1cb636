import { describe, expect, it } from 'vitest';
import { createClient } from '../../shared/ipc/client';
import { createDispatcher } from '../../shared/ipc/dispatcher';
import { createInMemoryTransport } from '../../shared/ipc/in-memory-transport';
import { DEFAULT_SETTINGS } from '../../shared/settings/settings';
import { fakeHandlers } from './fake-handlers';

describe('in-memory transport', () => {
  it('copies both ways, so neither side can mutate what the other holds', async () => {
    const stored = structuredClone(DEFAULT_SETTINGS);
    let received: unknown;
    const dispatch = createDispatcher(
      fakeHandlers({
        'settings:get': async () => stored,
        'settings:update': async (patch: unknown) => {
          received = patch;
          return stored;
        },
      }),
    );
    const client = createClient(createInMemoryTransport(dispatch));
    const got = await client.call('settings:get', {});
    got.visibleLanguages.push('ru');
    expect(stored.visibleLanguages).toEqual(['en', 'be', 'ru']);

    const patch = { authorName: 'A' };
    await client.call('settings:update', patch);
    expect(received).toEqual(patch);
    expect(received).not.toBe(patch);
  });

  it('fails loudly when a handler returns a function (it would not survive real IPC)', async () => {
    const dispatch = createDispatcher(fakeHandlers({ 'library:info': async () => ({ path: '/x', rubrics: [], createdSample: false, f: () => 1 }) }));
    const client = createClient(createInMemoryTransport(dispatch));
    await expect(client.call('library:info', {})).rejects.toMatchObject({ code: 'io-error', message: expect.stringMatching(/is a function/) });
  });

  it('fails loudly when a request carries a function', async () => {
    const dispatch = createDispatcher(fakeHandlers({}));
    const invoke = createInMemoryTransport(dispatch);
    await expect(invoke('settings:update', { authorName: () => 'x' })).rejects.toThrow(/is a function/);
  });

  it('refuses a Map, a Date or a typed array, which the JSON transport would mangle', async () => {
    for (const bad of [new Map(), new Date(0), new Uint8Array(2), Number.NaN]) {
      const dispatch = createDispatcher(fakeHandlers({ 'library:info': async () => ({ path: '/x', rubrics: bad, createdSample: false }) }));
      const client = createClient(createInMemoryTransport(dispatch));
      await expect(client.call('library:info', {})).rejects.toMatchObject({ code: 'io-error', message: expect.stringMatching(/rubrics/) });
    }
  });
});
