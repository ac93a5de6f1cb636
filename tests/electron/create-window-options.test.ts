import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../electron/main/create-window-options';

describe('createWindowOptions (S1)', () => {
  const options = createWindowOptions({ preloadPath: '/app/dist/electron/preload.cjs' });
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer with no Node.js anywhere', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on, insecure content, webviews and experimental features off', () => {
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.additionalArguments).toBeUndefined();
  });

  it('uses exactly the preload it was given', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
    expect(() => createWindowOptions({ preloadPath: '' })).toThrow(TypeError);
  });

  it('hides DevTools unless explicitly allowed (packaged builds)', () => {
    expect(prefs.devTools).toBe(false);
    expect(createWindowOptions({ preloadPath: '/p.cjs', allowDevTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('turns off the network-backed spellchecker and shows the window only when ready, with a sensible size', () => {
    expect(prefs.spellcheck).toBe(false);
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(500);
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? 0);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight ?? 0);
  });

  it('returns a fresh object each time, so one caller cannot weaken another window', () => {
    const a = createWindowOptions({ preloadPath: '/p.cjs' });
    const b = createWindowOptions({ preloadPath: '/p.cjs' });
    expect(a).not.toBe(b);
    expect(a.webPreferences).not.toBe(b.webPreferences);
  });
});
