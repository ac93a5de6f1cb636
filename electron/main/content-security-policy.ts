export interface ContentSecurityPolicyOptions {
  /**
   * Extra `connect-src` origins, for the development/test loopback server only. Each must
   * be a loopback http(s)/ws(s) origin: the app never talks to the network (S3).
   */
  connectSrc?: readonly string[];
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const LOOPBACK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:']);

/**
 * The one Content-Security-Policy of the UI, sent by the `app://` protocol handler and by
 * the loopback server that serves the same bundle in browser tests.
 *
 * Nothing remote, no inline script, no eval: `script-src 'self'` only.
 *
 * Styles: `<style>` elements and stylesheets must come from the bundle
 * (`style-src 'self'`), but style *attributes* are allowed (`style-src-attr
 * 'unsafe-inline'`), because ProseMirror/TipTap write `style="…"` on nodes (text
 * alignment, node views, column resizing) via setAttribute, which CSP governs (React's
 * `element.style.x = …` is CSSOM and is not). A style attribute cannot run script, and
 * `img-src`/`font-src` below keep `url(…)` inside attributes from reaching the network,
 * so this exception cannot exfiltrate data. Consequence for the renderer: TipTap's
 * injected `<style>` element is blocked, so editors are created with `injectCSS: false`
 * and its few rules live in the bundled stylesheet.
 */
export function contentSecurityPolicy(options: ContentSecurityPolicyOptions = {}): string {
  const connectSrc = ["'self'", ...(options.connectSrc ?? []).map(loopbackOrigin)];
  const directives: ReadonlyArray<readonly [string, ...string[]]> = [
    ['default-src', "'none'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', ...(connectSrc as [string, ...string[]])],
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
    ['frame-src', "'none'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** Reduces an allowed source to its bare origin; anything that is not loopback throws. */
function loopbackOrigin(source: string): string {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    throw new TypeError(`connect-src source is not a URL: ${JSON.stringify(source)}`);
  }
  if (!LOOPBACK_PROTOCOLS.has(url.protocol) || !LOOPBACK_HOSTS.has(url.hostname) || url.username || url.password) {
    throw new TypeError(`connect-src allows only loopback origins, got ${JSON.stringify(source)}`);
  }
  // URL.origin is "null" for ws: in some runtimes, so rebuild it from its parts.
  return `${url.protocol}//${url.host}`;
}
