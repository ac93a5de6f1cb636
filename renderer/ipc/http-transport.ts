import type { IpcResult } from '../../shared/ipc/error-codes';
import { IpcResultSchema } from './ipc-result-schema';
import type { RendererTransport } from './renderer-transport';

/** Kept per tab, so a reload keeps working after the token left the address bar. */
export const TOKEN_STORAGE_KEY = 'triptych.loopback-token';
/** Must match scripts/browser-transport/start-browser-server.ts. */
export const TOKEN_HEADER = 'x-triptych-token';

/** The browser APIs the transport uses, injectable for tests. */
export interface HttpTransportEnvironment {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState'>;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
  fetch: typeof fetch;
  EventSource: new (url: string) => Pick<EventSource, 'close' | 'onmessage'>;
}

/**
 * The token arrives once as `#token=…` (a fragment never reaches a server log or a
 * Referer). It moves to sessionStorage and the fragment is removed from the address bar,
 * so it is not bookmarked, copied or shown on screen.
 */
export function takeLoopbackToken(env: Pick<HttpTransportEnvironment, 'location' | 'history' | 'sessionStorage'>): string | null {
  const fromHash = new URLSearchParams(env.location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    env.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromHash);
    env.history.replaceState(null, '', `${env.location.pathname}${env.location.search}`);
    return fromHash;
  }
  return env.sessionStorage.getItem(TOKEN_STORAGE_KEY);
}

function browserEnvironment(): HttpTransportEnvironment {
  return {
    location: window.location,
    history: window.history,
    sessionStorage: window.sessionStorage,
    fetch: window.fetch.bind(window),
    EventSource: window.EventSource,
  };
}

/**
 * The browser transport: `POST /ipc/<channel>` with the token header, and one
 * EventSource on `/events` shared by all listeners while there are any. Talks only to
 * its own origin, which the CSP's `connect-src 'self'` already allows.
 */
export function createHttpTransport(env: HttpTransportEnvironment = browserEnvironment()): RendererTransport {
  const token = takeLoopbackToken(env);
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: Pick<EventSource, 'close' | 'onmessage'> | null = null;

  const requireToken = (): string => {
    if (token === null) throw new Error('no loopback token: open the URL printed by `npm run dev:browser`');
    return token;
  };

  const openEvents = (): void => {
    // Without a token there is nothing to connect to; calls fail loudly through invoke,
    // and a subscription must not throw inside a component's effect.
    if (source !== null || token === null) return;
    source = new env.EventSource(`/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message: MessageEvent) => {
      let envelope: { event?: unknown; payload?: unknown };
      try {
        envelope = JSON.parse(String(message.data)) as typeof envelope;
      } catch {
        return;
      }
      if (typeof envelope.event !== 'string') return;
      for (const listener of listeners.get(envelope.event) ?? []) listener(envelope.payload);
    };
  };

  return {
    async invoke(channel, payload): Promise<IpcResult> {
      const response = await env.fetch(`/ipc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: requireToken() },
        body: payload === undefined ? '' : JSON.stringify(payload),
        credentials: 'omit',
        cache: 'no-store',
      });
      if (!response.ok) throw new Error(`loopback server answered ${response.status} for ${channel}`);
      const result = IpcResultSchema.safeParse(await response.json());
      if (!result.success) throw new Error(`malformed answer for ${channel}`);
      return result.data as IpcResult;
    },
    on(event, listener) {
      openEvents();
      let set = listeners.get(event);
      if (set === undefined) listeners.set(event, (set = new Set()));
      // A wrapper per subscription, so subscribing the same function twice needs two unsubscribes.
      const entry = (payload: unknown): void => listener(payload);
      set.add(entry);
      return () => {
        set.delete(entry);
        if (set.size === 0) listeners.delete(event);
        if (listeners.size === 0 && source !== null) {
          source.close();
          source = null;
        }
      };
    },
  };
}
