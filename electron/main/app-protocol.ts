import nodePath from 'node:path';
import type { CustomScheme } from 'electron';
import { contentSecurityPolicy } from './content-security-policy';

/** The UI is served from `app://triptych/…`, never from `file://` (S2). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'triptych';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Privileges for `protocol.registerSchemesAsPrivileged` (before `ready`). `standard`
 * gives the scheme a real origin (relative URLs, localStorage), `secure` makes it a
 * secure context like https, `supportFetchAPI` lets the bundle fetch its own assets.
 * CSP must apply to it, so `bypassCSP` stays off; service workers are not needed.
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    bypassCSP: false,
    allowServiceWorkers: false,
    corsEnabled: false,
    stream: false,
  },
};

/**
 * True for URLs of the app's own origin. Parsed by hand on purpose: Node's URL treats
 * `app:` as a non-special scheme (origin "null", host case kept), while Chromium
 * normalises it as a standard scheme, so comparing parsed origins would differ between
 * the two.
 */
export function isAppOriginUrl(url: string | undefined | null): boolean {
  if (typeof url !== 'string') return false;
  return APP_URL_PATTERN.test(url);
}

// Anything after the host other than a path, query or fragment (credentials, a port,
// a longer host name) fails to match.
const APP_URL_PATTERN = /^app:\/\/triptych(?=$|[/?#])/;
const APP_REQUEST_PATTERN = /^app:\/\/triptych(\/[^?#]*)?(?:[?#].*)?$/s;
const MAX_REQUEST_URL_LENGTH = 4096;
// Control characters, backslashes (a separator on Windows) and colons (drive letters and
// NTFS alternate data streams) never appear in our asset names.
const FORBIDDEN_IN_SEGMENT = /[\u0000-\u001f\u007f\\:%]/;

type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/**
 * Maps an `app://triptych/…` request URL to an absolute path inside `bundleRoot`, or
 * null when the request must be refused. Suspicious inputs are refused rather than
 * normalised: `.`/`..` segments (raw or percent-encoded), encoded slashes and
 * backslashes, double encoding, empty segments, absolute paths, NUL, other hosts or
 * schemes. `pathApi` exists so tests can check Windows path semantics on Linux.
 */
export function resolveBundlePath(bundleRoot: string, requestUrl: string, pathApi: PathApi = nodePath): string | null {
  if (typeof requestUrl !== 'string' || requestUrl.length > MAX_REQUEST_URL_LENGTH) return null;
  if (!pathApi.isAbsolute(bundleRoot)) return null;
  const match = APP_REQUEST_PATTERN.exec(requestUrl);
  if (!match) return null;
  const rawPath = match[1] ?? '/';
  const rawSegments = rawPath === '/' ? ['index.html'] : rawPath.slice(1).split('/');

  const segments: string[] = [];
  for (const raw of rawSegments) {
    if (raw === '' || raw.includes('\\')) return null;
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // A "%" left after one decoding means the request was encoded twice (%252e%252e).
    if (decoded === '.' || decoded === '..' || decoded.includes('/') || FORBIDDEN_IN_SEGMENT.test(decoded)) return null;
    segments.push(decoded);
  }

  const root = pathApi.resolve(bundleRoot);
  const resolved = pathApi.resolve(root, ...segments);
  return isInside(root, resolved, pathApi) ? resolved : null;
}

/** True when `candidate` is strictly below `root` (the root itself is not a file to serve). */
export function isInside(root: string, candidate: string, pathApi: PathApi = nodePath): boolean {
  const relative = pathApi.relative(root, candidate);
  const escapes = relative === '..' || relative.startsWith(`..${pathApi.sep}`);
  return relative !== '' && !escapes && !pathApi.isAbsolute(relative);
}

export interface BundleFileSystem {
  realpath(path: string): Promise<string>;
  isFile(path: string): Promise<boolean>;
}

/**
 * `resolveBundlePath` plus a check on the real path: a symlink inside the bundle that
 * points outside it is refused. Returns the real path of a regular file, or null.
 */
export async function resolveBundleFile(bundleRoot: string, requestUrl: string, fs: BundleFileSystem): Promise<string | null> {
  const candidate = resolveBundlePath(bundleRoot, requestUrl);
  if (candidate === null) return null;
  try {
    const realRoot = await fs.realpath(bundleRoot);
    const realFile = await fs.realpath(candidate);
    if (!isInside(realRoot, realFile)) return null;
    return (await fs.isFile(realFile)) ? realFile : null;
  } catch {
    // Missing files, broken links and permission errors are all "not found" to the page.
    return null;
  }
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  otf: 'font/otf',
};

/** Content type by extension; unknown types are served as opaque bytes (with nosniff). */
export function contentTypeFor(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}

export interface ProtocolHandlerDeps extends BundleFileSystem {
  /** Absolute path of the built renderer (dist/renderer). */
  bundleRoot: string;
  readFile(path: string): Promise<Uint8Array>;
  /** Defaults to the app policy; the value of every response's CSP header. */
  contentSecurityPolicy?: string;
  onError?: (error: unknown, url: string) => void;
}

/**
 * The `protocol.handle('app', …)` handler, free of Electron so it runs in Node tests.
 * Only GET/HEAD of files inside the bundle; everything else is 404/405 without detail.
 */
export function createProtocolHandler(deps: ProtocolHandlerDeps): (request: Request) => Promise<Response> {
  const policy = deps.contentSecurityPolicy ?? contentSecurityPolicy();
  const baseHeaders = {
    // electronegativity-justified(CSP_GLOBAL_CHECK): the CSP is this response header of the
    // app:// handler; the tool only recognises <meta> tags and webRequest.onHeadersReceived.
    // Asserted in tests/electron/app-protocol.test.ts and content-security-policy.test.ts.
    // On every response, not only HTML: an SVG or a worker script opened as a document
    // would otherwise run without a policy.
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
  const refuse = (status: number): Response =>
    new Response(null, { status, headers: { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8' } });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const file = await resolveBundleFile(deps.bundleRoot, request.url, deps);
    if (file === null) return refuse(404);
    let body: Uint8Array;
    try {
      body = await deps.readFile(file);
    } catch (error) {
      deps.onError?.(error, request.url);
      return refuse(404);
    }
    const headers = { ...baseHeaders, 'Content-Type': contentTypeFor(file) };
    // Copy into a plain ArrayBuffer-backed view: a Node Buffer may sit on a shared pool.
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
