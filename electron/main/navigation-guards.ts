import type { Session } from 'electron';
import { isAppOriginUrl } from './app-protocol';

/** The window may only ever show the app's own pages (S4). */
export function isAllowedNavigation(url: string): boolean {
  return isAppOriginUrl(url);
}

export interface WindowOpenDecision {
  /** Never a new Electron window: it would be a second renderer outside our control. */
  readonly action: 'deny';
  /** The URL, normalised, to hand to the OS browser/mail client; null when unsafe. */
  readonly externalUrl: string | null;
}

/**
 * Decision for `setWindowOpenHandler`: always deny, but a link the user opened in a new
 * window (target=_blank) goes to the system browser when it is a safe external URL.
 */
export function windowOpenDecision(url: string): WindowOpenDecision {
  return { action: 'deny', externalUrl: toSafeExternalUrl(url) };
}

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MAX_EXTERNAL_URL_LENGTH = 2048;
// The URL parser silently drops tabs and newlines ("JaVa\tscript:") and trims C0/space
// at the ends; refusing them up front means what we check is what the user saw.
const CONTROL_OR_EDGE_SPACE = /[\u0000-\u001f\u007f-\u009f]|^\s|\s$/;

/**
 * The URL to pass to `shell.openExternal`, or null. Only http:, https: and mailto:, after
 * parsing with `URL`; no credentials (`https://app@evil.example` reads as "app" to a
 * human), no control characters, at most 2048 characters. Returns the parser's
 * normalised `href`, so the OS receives exactly what was checked.
 */
export function toSafeExternalUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  if (CONTROL_OR_EDGE_SPACE.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.protocol === 'mailto:') {
    if (parsed.pathname === '') return null;
  } else if (parsed.hostname === '') {
    return null;
  }
  return parsed.href.length <= MAX_EXTERNAL_URL_LENGTH ? parsed.href : null;
}

/** True when `url` may be opened by the operating system (see `toSafeExternalUrl`). */
export function isSafeExternalUrl(url: unknown): boolean {
  return toSafeExternalUrl(url) !== null;
}

type PermissionRequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type PermissionCheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;
type DevicePermissionHandler = NonNullable<Parameters<Session['setDevicePermissionHandler']>[0]>;

/**
 * Denies every permission request (S5): camera, microphone, notifications, geolocation,
 * clipboard-read, openExternal, fullscreen… The editor needs none of them; paste arrives
 * through the paste event, which needs no permission.
 */
export const permissionRequestHandler: PermissionRequestHandler = (_webContents, _permission, callback) => {
  callback(false);
};

/** Denies every synchronous permission check (S5). */
export const permissionCheckHandler: PermissionCheckHandler = () => false;

/** Denies access to USB/HID/serial devices (S5). */
export const devicePermissionHandler: DevicePermissionHandler = () => false;
