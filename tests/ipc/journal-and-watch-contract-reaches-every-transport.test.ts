import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createEventSender, type RendererTarget } from '../../electron/main/event-sender';
import { createBridgeApi, type IpcRendererLike } from '../../electron/preload/create-bridge-api';
import { createLibraryEvents } from '../../electron/services/library/library-events';
import { forwardServiceEvents } from '../../scripts/browser-transport/forward-service-events';
import { CHANNEL_NAMES, EVENT_NAMES } from '../../shared/ipc/channel-names';
import { contract, events } from '../../shared/ipc/contract';

const changed = { issueId: 'issue-2025-03-10', articleId: 'a-1234abcd', revision: 'f'.repeat(64) };

describe('crash journal and outside-change contract (D6, D8)', () => {
  it('names the new channels and the new event in the allowlists the preload bundles', () => {
    expect(CHANNEL_NAMES).toEqual(expect.arrayContaining(['journal:write', 'journal:patch', 'journal:discard', 'recovery:list']));
    expect(EVENT_NAMES).toContain('article:changed-on-disk');
  });

  it('validates article:changed-on-disk payloads, ids included', () => {
    expect(events['article:changed-on-disk'].parse(changed)).toEqual(changed);
    expect(events['article:changed-on-disk'].safeParse({ ...changed, issueId: '../../etc' }).success).toBe(false);
    expect(events['article:changed-on-disk'].safeParse({ ...changed, revision: undefined }).success).toBe(false);
  });

  it('journal:write refuses payloads outside the contract', () => {
    const request = contract['journal:write'].request;
    expect(request.safeParse({ issueId: 'issue-2025-03-10', articleId: '../x', article: {}, baseRevision: '' }).success).toBe(false);
    expect(request.safeParse({ issueId: 'issue-2025-03-10', articleId: 'a-1234abcd', baseRevision: 'x'.repeat(129) }).success).toBe(false);
    expect(contract['journal:discard'].request.safeParse({ issueId: 'issue-2025-03-10', articleId: 'a-1234abcd', extra: 1 }).success).toBe(false);
  });

  it('the Electron event sender sends article:changed-on-disk to the app window', () => {
    const sent: unknown[][] = [];
    const renderer: RendererTarget = { isDestroyed: () => false, getURL: () => 'app://triptych/index.html', send: (...args) => sent.push(args) };
    const send = createEventSender({ eventNames: EVENT_NAMES, getTarget: () => renderer });
    expect(send('article:changed-on-disk', changed)).toBe(true);
    expect(sent).toEqual([['article:changed-on-disk', changed]]);
  });

  it('the preload bridge lets the page subscribe to it and call the journal channels', async () => {
    const emitter = new EventEmitter();
    const invoked: unknown[][] = [];
    const ipcRenderer: IpcRendererLike = {
      invoke: async (...args) => {
        invoked.push(args);
        return { ok: true, data: [] };
      },
      on: (channel, listener) => emitter.on(channel, listener),
      removeListener: (channel, listener) => emitter.removeListener(channel, listener),
    };
    const api = createBridgeApi({ ipcRenderer, channelNames: CHANNEL_NAMES, eventNames: EVENT_NAMES });
    const received: unknown[] = [];
    const off = api.on('article:changed-on-disk', (payload) => received.push(payload));
    emitter.emit('article:changed-on-disk', { sender: ipcRenderer }, changed);
    off();
    expect(received).toEqual([changed]);
    expect(await api.invoke('recovery:list', {})).toEqual({ ok: true, data: [] });
    expect(invoked).toEqual([['recovery:list', {}]]);
  });

  it('the browser transport forwards it from the services', () => {
    const source = createLibraryEvents();
    const emitted: unknown[][] = [];
    const stop = forwardServiceEvents(source, (name, payload) => emitted.push([name, events[name].parse(payload)]));
    source.emit('article:changed-on-disk', changed);
    stop();
    source.emit('article:changed-on-disk', changed);
    expect(emitted).toEqual([['article:changed-on-disk', changed]]);
  });
});
