import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  preloadPath: string;
  /** DevTools only in unpackaged builds: packaged users have no use for a JS console. */
  allowDevTools?: boolean;
}

/**
 * The only place window options are written (S1). Every security-relevant preference is
 * spelled out even where it equals Electron's default, so a change of default or a
 * careless edit shows up in the tests.
 */
export function createWindowOptions({ preloadPath, allowDevTools = false }: WindowOptionsInput): BrowserWindowConstructorOptions {
  if (typeof preloadPath !== 'string' || preloadPath.length === 0) throw new TypeError('preloadPath is required');
  return {
    width: 1280,
    height: 820,
    // Room for two language columns side by side plus the article list.
    minWidth: 900,
    minHeight: 600,
    // Shown on ready-to-show, so the user never sees a white flash before the first paint.
    show: false,
    backgroundColor: '#f7f5f0',
    title: 'Triptych',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      enableWebSQL: false,
      plugins: false,
      safeDialogs: true,
      autoplayPolicy: 'user-gesture-required',
      devTools: allowDevTools,
      // Chromium's spellchecker downloads its dictionaries from Google's servers on Windows
      // and Linux (and has no Belarusian): the app must never need the network. An offline
      // spellchecker with bundled en/be/ru dictionaries replaces it.
      spellcheck: false,
    },
  };
}
