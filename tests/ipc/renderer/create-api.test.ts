import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../shared/ipc/error-codes';
import { createApi } from '../../../renderer/ipc/create-api';
import type { RendererTransport } from '../../../renderer/ipc/renderer-transport';

function fakeTransport(answer: IpcResult = { ok: true, data: null }) {
  const listeners = new Map<string, Array<(payload: unknown) => void>>();
  let created = 0;
  const transport: RendererTransport = {
    invoke: async () => answer,
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return () => listeners.set(event, (listeners.get(event) ?? []).filter((l) => l !== listener));
    },
  };
  return {
    getTransport: () => {
      created += 1;
      return transport;
    },
    fire: (event: string, payload: unknown) => (listeners.get(event) ?? []).forEach((l) => l(payload)),
    created: () => created,
  };
}

describe('renderer api', () => {
  it('does not touch the transport until it is used', () => {
    const fake = fakeTransport();
    createApi(fake.getTransport);
    expect(fake.created()).toBe(0);
  });

  it('delivers valid events and drops malformed ones', () => {
    const fake = fakeTransport();
    const dropped: string[] = [];
    const api = createApi(fake.getTransport, { onInvalidEvent: (name) => dropped.push(name) });
    const seen: unknown[] = [];
    const unsubscribe = api.onEvent('library:changed', (payload) => seen.push(payload));

    fake.fire('library:changed', { issueId: 'issue-001', at: '2025-03-03T10:00:00.000Z' });
    fake.fire('library:changed', { issueId: '../../etc', at: 'yesterday' });
    fake.fire('library:changed', undefined);
    expect(seen).toEqual([{ issueId: 'issue-001', at: '2025-03-03T10:00:00.000Z' }]);
    expect(dropped).toEqual(['library:changed', 'library:changed']);

    unsubscribe();
    fake.fire('library:changed', { issueId: null, at: '2025-03-03T10:00:00.000Z' });
    expect(seen).toHaveLength(1);
  });

  it('refuses to subscribe to an event the contract does not have', () => {
    const api = createApi(fakeTransport().getTransport);
    expect(() => api.onEvent('__proto__' as never, () => {})).toThrow(TypeError);
    expect(() => api.onEvent('menu:hack' as never, () => {})).toThrow(TypeError);
  });

  it('rethrows failures from the transport as AppError', async () => {
    const api = createApi(fakeTransport({ ok: false, error: { code: 'not-found', message: 'gone' } }).getTransport);
    await expect(api.ipc.call('issue:get', { issueId: 'issue-001' })).rejects.toMatchObject({ name: 'AppError', code: 'not-found' });
  });
});
