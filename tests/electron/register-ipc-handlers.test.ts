import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../shared/ipc/error-codes';
import { registerIpcHandlers, type IpcHandleRegistry, type InvokeEventLike } from '../../electron/main/register-ipc-handlers';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const registry: IpcHandleRegistry = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
  };
  return { registry, handlers };
}

const appFrame = { senderFrame: { url: 'app://triptych/index.html', parent: null } };

function setup(dispatchImpl?: (channel: string, payload: unknown) => Promise<IpcResult>) {
  const ipc = fakeIpcMain();
  const calls: Array<[string, unknown]> = [];
  const rejected: string[] = [];
  const unexpected: unknown[] = [];
  const unregister = registerIpcHandlers({
    ipcMain: ipc.registry,
    channels: ['issues:list', 'article:save', 'issues:list'],
    dispatch:
      dispatchImpl ??
      (async (channel, payload) => {
        calls.push([channel, payload]);
        return { ok: true, data: null };
      }),
    onRejectedSender: (channel, url) => rejected.push(`${channel} ${String(url)}`),
    onUnexpectedError: (_channel, error) => unexpected.push(error),
  });
  const invoke = (channel: string, event: InvokeEventLike, ...args: unknown[]) => {
    const handler = ipc.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  };
  return { ipc, calls, rejected, unexpected, unregister, invoke };
}

describe('registerIpcHandlers (S6)', () => {
  it('registers exactly the allowlisted channels, once each', () => {
    const { ipc } = setup();
    expect([...ipc.handlers.keys()]).toEqual(['issues:list', 'article:save']);
  });

  it('dispatches a trusted call with exactly one payload argument', async () => {
    const { calls, invoke } = setup();
    await expect(invoke('article:save', appFrame, { issueId: 'x' }, 'extra', 'args')).resolves.toEqual({ ok: true, data: null });
    expect(calls).toEqual([['article:save', { issueId: 'x' }]]);
  });

  it.each([
    ['a foreign page', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a subframe of the app', { senderFrame: { url: 'app://triptych/index.html', parent: {} } }],
    ['a destroyed frame', { senderFrame: null }],
    ['a data: document', { senderFrame: { url: 'data:text/html,x', parent: null } }],
  ])('refuses %s before the dispatcher sees the payload', async (_name, event) => {
    const { calls, rejected, invoke } = setup();
    await expect(invoke('issues:list', event as InvokeEventLike, {})).rejects.toThrow('untrusted sender');
    expect(calls).toEqual([]);
    expect(rejected).toHaveLength(1);
  });

  it('turns a throwing dispatcher into an internal error without stack or path', async () => {
    const { invoke, unexpected } = setup(() => Promise.reject(new Error('EACCES: /home/user/Triptych Library/x.json')));
    const result = await invoke('issues:list', appFrame, {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'unexpected error' } });
    expect(JSON.stringify(result)).not.toContain('/home/');
    expect(unexpected).toHaveLength(1);
  });

  it('never throws for arbitrary payloads from the app page (property)', async () => {
    const { invoke } = setup();
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.array(fc.anything(), { maxLength: 3 }), async (payload, extra) => {
        await expect(invoke('issues:list', appFrame, payload, ...extra)).resolves.toEqual({ ok: true, data: null });
      }),
    );
  });

  it('removes its handlers when unregistered', () => {
    const { ipc, unregister } = setup();
    unregister();
    expect(ipc.handlers.size).toBe(0);
  });
});
