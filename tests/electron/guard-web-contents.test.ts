import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { guardWebContents } from '../../electron/main/guard-web-contents';

type OpenHandler = (details: { url: string }) => { action: string };

function fakeWebContents() {
  const emitter = new EventEmitter();
  let openHandler: OpenHandler | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler(handler: OpenHandler) {
      openHandler = handler;
    },
  });
  const navigate = (event: string, url: string) => {
    let prevented = false;
    emitter.emit(event, { url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  const open = (url: string) => {
    if (!openHandler) throw new Error('no window open handler');
    return openHandler({ url });
  };
  return { contents: contents as unknown as WebContents, navigate, open, emitter };
}

function setup() {
  const fake = fakeWebContents();
  const opened: string[] = [];
  const blocked: string[] = [];
  guardWebContents(fake.contents, { openExternal: (url) => opened.push(url), onBlocked: (kind, url) => blocked.push(`${kind} ${url}`) });
  return { ...fake, opened, blocked };
}

describe('guardWebContents (S4)', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('lets %s stay inside the app', (event) => {
    const { navigate } = setup();
    expect(navigate(event, 'app://triptych/index.html#/issues')).toBe(false);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('cancels %s to anywhere else, without opening it', (event) => {
    const { navigate, opened, blocked } = setup();
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://evil/']) {
      expect(navigate(event, url), url).toBe(true);
    }
    expect(opened).toEqual([]);
    expect(blocked).toHaveLength(4);
  });

  it('never attaches a webview', () => {
    const { emitter, blocked } = setup();
    let prevented = false;
    emitter.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, { src: 'https://evil.example/' });
    expect(prevented).toBe(true);
    expect(blocked).toEqual(['webview https://evil.example/']);
  });

  it('denies every new window and opens only safe links externally', () => {
    const { open, opened } = setup();
    expect(open('https://example.org/report')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open('https://app@evil.example/')).toEqual({ action: 'deny' });
    expect(open('app://triptych/index.html')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.org/report']);
  });
});
