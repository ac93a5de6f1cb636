import { isAppOriginUrl } from './app-protocol';

/**
 * True when an IPC message comes from a page of the app's own origin (S6). Anything
 * else (a page that somehow navigated away, a data: or blob: document, an unknown frame)
 * is refused before its payload is even looked at.
 */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  return isAppOriginUrl(frameUrl);
}

/** The parts of Electron's `WebFrameMain` the check needs. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * `isTrustedSender` for a whole `event.senderFrame`: additionally the frame must be the
 * top frame. The CSP forbids frames, so a subframe sending IPC is already a sign of
 * trouble. `senderFrame` is null when the frame navigated or was destroyed meanwhile.
 */
export function isTrustedSenderFrame(frame: SenderFrameLike | null | undefined): boolean {
  if (frame === null || frame === undefined) return false;
  try {
    return frame.parent === null && isTrustedSender(frame.url);
  } catch {
    // Electron throws when a disposed frame's properties are read.
    return false;
  }
}
