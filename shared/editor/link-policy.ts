// X2: one link policy for paste, load and every exporter. Only web links, e-mail and
// in-document anchors; everything else (javascript:, data:, file:, smb:, relative paths
// that a viewer might resolve against a local folder) is refused.

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const ANCHOR = /^#[A-Za-z][\w.:-]{0,127}$/;

export const LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

export function isAllowedHref(href: unknown): href is string {
  if (typeof href !== 'string') return false;
  if (href.length === 0 || href.length > 2048) return false;
  // Control characters and whitespace inside a scheme are how `java\tscript:` sneaks past naive checks.
  if (/[\u0000-\u001f\u007f]/.test(href)) return false;
  if (href.startsWith('#')) return ANCHOR.test(href);
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return false;
  if (url.protocol !== 'mailto:' && (url.username !== '' || url.password !== '' || url.hostname === '')) return false;
  return true;
}
