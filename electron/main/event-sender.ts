import { isAppOriginUrl } from './app-protocol';

/** The part of a `WebContents` events are sent through. */
export interface RendererTarget {
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string, payload: unknown): void;
}

export interface EventSenderDeps {
  /** The contract's event allowlist. */
  eventNames: readonly string[];
  /** The main window's webContents, or null when there is no window. */
  getTarget(): RendererTarget | null;
}

/**
 * Sends main → renderer events: only allowlisted names, only to a live window that
 * shows the app's own origin (never to a page that got there some other way), one
 * payload argument. Returns whether the event was sent.
 */
export function createEventSender(deps: EventSenderDeps): (name: string, payload: unknown) => boolean {
  const allowed = new Set(deps.eventNames);
  return (name, payload) => {
    if (!allowed.has(name)) return false;
    const target = deps.getTarget();
    if (target === null || target.isDestroyed() || !isAppOriginUrl(target.getURL())) return false;
    target.send(name, payload);
    return true;
  };
}
