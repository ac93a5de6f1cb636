import { cssString } from './css-string';

/**
 * A "Page {page} of {pages}" label as a CSS `content` value, with the placeholders turned
 * into the page counters Chromium fills in margin boxes: `"Page " counter(page) " of " counter(pages)`.
 */
export function pageCounterCss(label: string): string {
  const parts = label.split(/(\{page\}|\{pages\})/).filter((part) => part !== '');
  if (parts.length === 0) return 'counter(page)';
  return parts.map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part))).join(' ');
}
