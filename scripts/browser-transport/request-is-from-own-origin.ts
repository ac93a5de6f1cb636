import type { IncomingHttpHeaders } from 'node:http';

/**
 * True when a request is addressed to this server by its own name and, if it came from
 * a page, from a page of this server. The Host check defeats DNS rebinding (a hostile
 * site re-pointing its own name at 127.0.0.1 still sends its own name as Host); the
 * Origin and Sec-Fetch-Site checks refuse requests other sites' pages make. Requests
 * without those headers (a user's address bar, a test's fetch) still need the token for
 * anything but the public bundle.
 */
export function requestIsFromOwnOrigin(headers: IncomingHttpHeaders, ownOrigin: string): boolean {
  const ownHost = ownOrigin.slice(ownOrigin.indexOf('//') + 2);
  if (headers.host !== ownHost) return false;
  const origin = headers.origin;
  if (origin !== undefined && origin !== ownOrigin) return false;
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  return true;
}
