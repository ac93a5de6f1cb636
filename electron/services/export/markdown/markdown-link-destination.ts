/**
 * A link address as a CommonMark link destination. Plain when it is a single run of ordinary
 * characters (the usual case, so the file stays readable); otherwise in angle brackets, which
 * allow spaces and parentheses. Backslashes and brackets are escaped, and an ampersand that
 * would start an entity (`&amp;`) is escaped so the address is not decoded into another one.
 */
export function markdownLinkDestination(href: string): string {
  const escaped = href.replace(/\\/g, '\\\\').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  if (/^[^\s<>()\\]+$/.test(href)) return escaped;
  return `<${escaped.replace(/[<>]/g, '\\$&')}>`;
}
