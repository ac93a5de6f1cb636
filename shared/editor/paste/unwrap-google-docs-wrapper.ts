import { nameOf, unwrap } from './dom-nodes';

/**
 * Google Docs wraps every copied selection in `<b style="font-weight:normal"
 * id="docs-internal-guid-…">`. It is not bold, and taken as a <b> it would make the whole
 * paste bold; the wrapper goes, its content stays.
 */
export function unwrapGoogleDocsWrapper(root: Element): void {
  for (const element of Array.from(root.querySelectorAll('[id^="docs-internal-guid-"]'))) {
    if (nameOf(element) === 'b' || nameOf(element) === 'span' || nameOf(element) === 'div') unwrap(element);
  }
}
