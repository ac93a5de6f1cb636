import { describe, expect, it } from 'vitest';
import { createEventSender, type RendererTarget } from '../../electron/main/event-sender';

function target(url: string, destroyed = false) {
  const sent: unknown[][] = [];
  const renderer: RendererTarget = { isDestroyed: () => destroyed, getURL: () => url, send: (...args) => sent.push(args) };
  return { renderer, sent };
}

describe('createEventSender', () => {
  it('sends an allowlisted event with its payload to the app page', () => {
    const { renderer, sent } = target('app://triptych/index.html');
    const send = createEventSender({ eventNames: ['menu:command'], getTarget: () => renderer });
    expect(send('menu:command', { command: 'new-issue' })).toBe(true);
    expect(sent).toEqual([['menu:command', { command: 'new-issue' }]]);
  });

  it('sends nothing for unknown events, no window, a destroyed window or a foreign page', () => {
    const app = target('app://triptych/index.html');
    expect(createEventSender({ eventNames: ['menu:command'], getTarget: () => app.renderer })('secret:path', '/home')).toBe(false);
    expect(createEventSender({ eventNames: ['menu:command'], getTarget: () => null })('menu:command', {})).toBe(false);
    const destroyed = target('app://triptych/index.html', true);
    expect(createEventSender({ eventNames: ['menu:command'], getTarget: () => destroyed.renderer })('menu:command', {})).toBe(false);
    const foreign = target('https://evil.example/');
    expect(createEventSender({ eventNames: ['menu:command'], getTarget: () => foreign.renderer })('menu:command', {})).toBe(false);
    expect(app.sent).toEqual([]);
    expect(foreign.sent).toEqual([]);
  });
});
