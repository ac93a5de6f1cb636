import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTrustedSender, isTrustedSenderFrame } from '../../electron/main/ipc-sender-check';

describe('isTrustedSender (S6)', () => {
  it.each(['app://triptych/index.html', 'app://triptych/', 'app://triptych/index.html#/issues/12'])('trusts the app page %j', (url) => {
    expect(isTrustedSender(url)).toBe(true);
  });

  it.each([
    undefined,
    '',
    'about:blank',
    'about:srcdoc',
    'data:text/html,<script>1</script>',
    'blob:app://triptych/5f0e',
    'file:///opt/triptych/dist/renderer/index.html',
    'https://triptych/',
    'http://127.0.0.1:5173/index.html',
    'app://triptych.evil.example/index.html',
    'app://evil/index.html',
    'app://triptych@evil/index.html',
    'app://x@triptych/index.html',
    'app://triptych:1/index.html',
    'APP://TRIPTYCH/index.html',
    'chrome-error://chromewebdata/',
    'devtools://devtools/bundled/inspector.html',
  ])('refuses %j', (url) => {
    expect(isTrustedSender(url)).toBe(false);
  });

  it('never trusts arbitrary input that is not an app:// URL (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const trusted = isTrustedSender(value as string | undefined);
        if (trusted) expect(String(value).startsWith('app://triptych')).toBe(true);
      }),
    );
  });
});

describe('isTrustedSenderFrame (S6)', () => {
  it('trusts only the top frame of the app page', () => {
    expect(isTrustedSenderFrame({ url: 'app://triptych/index.html', parent: null })).toBe(true);
    expect(isTrustedSenderFrame({ url: 'app://triptych/index.html', parent: { url: 'app://triptych/index.html' } })).toBe(false);
    expect(isTrustedSenderFrame({ url: 'https://evil.example/', parent: null })).toBe(false);
  });

  it('refuses a missing or disposed frame', () => {
    expect(isTrustedSenderFrame(null)).toBe(false);
    expect(isTrustedSenderFrame(undefined)).toBe(false);
    const disposed = {
      parent: null,
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(isTrustedSenderFrame(disposed)).toBe(false);
  });
});
