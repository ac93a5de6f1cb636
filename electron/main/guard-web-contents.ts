import type { WebContents } from 'electron';
import { isAllowedNavigation, windowOpenDecision } from './navigation-guards';

export interface GuardWebContentsDeps {
  /** Receives only URLs that passed `toSafeExternalUrl`. */
  openExternal(url: string): void;
  onBlocked?: (kind: 'navigation' | 'webview' | 'window', url: string) => void;
}

interface NavigationEventLike {
  readonly url: string;
  preventDefault(): void;
}

/**
 * Installed on every WebContents Electron creates (`web-contents-created`), so no
 * window, frame or future view escapes it (S4): navigation and redirects outside the
 * app's origin are cancelled, webviews are never attached, new windows are denied and
 * safe links go to the system browser instead.
 */
export function guardWebContents(contents: WebContents, deps: GuardWebContentsDeps): void {
  const blockForeignNavigation = (event: NavigationEventLike): void => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    deps.onBlocked?.('navigation', event.url);
  };
  contents.on('will-navigate', blockForeignNavigation);
  contents.on('will-frame-navigate', blockForeignNavigation);
  contents.on('will-redirect', blockForeignNavigation);
  contents.on('will-attach-webview', (event, _webPreferences, params) => {
    event.preventDefault();
    deps.onBlocked?.('webview', params.src ?? '');
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.externalUrl === null) deps.onBlocked?.('window', url);
    // electronegativity-justified: externalUrl is the normalised href from toSafeExternalUrl
    // (http/https/mailto only, no credentials or control characters), tested in
    // tests/electron/navigation-guards.test.ts and guard-web-contents.test.ts.
    else deps.openExternal(decision.externalUrl);
    return { action: decision.action };
  });
}
