import { convertWordLists } from './convert-word-lists';
import { removeConditionalContent } from './remove-conditional-content';
import { sanitiseChildren } from './sanitise-pasted-tree';
import { sanitiseSliceContext } from './slice-context';
import { dropEmptyBlocks, nestStrayLists } from './tidy-pasted-structure';
import { unwrapGoogleDocsWrapper } from './unwrap-google-docs-wrapper';

/**
 * X1: clipboard or dropped HTML (Word, Google Docs, LibreOffice, web pages) reduced to the
 * structure the article schema holds: paragraphs, headings (levels 2 and 3), bullet and
 * numbered lists, block quotes, rules, line breaks, bold, italic, strike-through and links
 * the link policy allows. `document` is the parsed clipboard HTML (DOMParser in the
 * editor, jsdom in tests; it must be inert: no scripts run, no images load); it is changed
 * in place. Returns the clean HTML of its body.
 *
 * The order matters: Word's list markers and Google Docs' wrapper are read before the
 * allow-list walk strips the styles and comments they are recognised by.
 */
export function cleanPastedHtml(document: Document): string {
  const root = document.body ?? document.documentElement;
  if (!root) return '';
  const slice = sanitiseSliceContext(root.querySelector('[data-pm-slice]')?.getAttribute('data-pm-slice') ?? null);
  unwrapGoogleDocsWrapper(root);
  convertWordLists(root);
  removeConditionalContent(root);
  sanitiseChildren(root);
  nestStrayLists(root);
  dropEmptyBlocks(root);
  const first = root.firstElementChild;
  if (slice !== null && first) first.setAttribute('data-pm-slice', slice);
  return root.innerHTML;
}
