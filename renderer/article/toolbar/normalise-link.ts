import { isAllowedHref } from '../../../shared/editor/link-policy';

export type LinkInput = { kind: 'ok'; href: string } | { kind: 'empty' } | { kind: 'refused' };

// A scheme followed by something other than a port number ("example.org:8080" is a host).
const SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i;
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;

/**
 * What the user typed in the link dialog, as the href to store: a bare domain becomes
 * https://…, a bare e-mail address mailto:…; everything then has to pass the one link
 * policy (isAllowedHref), so `javascript:` and friends are refused here as everywhere.
 */
export function normaliseLinkInput(raw: string): LinkInput {
  const value = raw.trim();
  if (value === '') return { kind: 'empty' };
  let href: string;
  if (value.startsWith('#') || SCHEME.test(value)) href = value;
  else if (EMAIL.test(value)) href = `mailto:${value}`;
  else if (value.startsWith('//')) href = `https:${value}`;
  else {
    href = `https://${value}`;
    // A bare word ("hello") is not a domain: ask for a real address rather than guess.
    try {
      const host = new URL(href).hostname;
      if (!host.includes('.') && host !== 'localhost') return { kind: 'refused' };
    } catch {
      return { kind: 'refused' };
    }
  }
  return isAllowedHref(href) ? { kind: 'ok', href } : { kind: 'refused' };
}
