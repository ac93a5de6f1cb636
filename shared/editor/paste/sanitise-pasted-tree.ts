import { isAllowedHref } from '../link-policy';
import { isElement, isText, nameOf, replaceWithFresh, unwrap } from './dom-nodes';
import { inlineFormatStyle, readInlineFormat } from './inline-format-style';

// An allow-list walk: every element is rebuilt as a fresh element of a kind the schema
// knows, with only the attributes the schema reads; everything else is removed with its
// content (code, embeds, forms, page chrome) or unwrapped so its text stays (fonts, spans,
// Word's <o:p>, unknown tags). The schema's parse rules are the second line; this is the
// first, so the pasted HTML is already harmless before ProseMirror sees it.

/** Removed with everything inside: code, embedded documents, media, form controls, page chrome. */
const DROP = new Set([
  'script', 'noscript', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'param', 'meta', 'link', 'base', 'title', 'head', 'svg', 'math', 'img', 'picture', 'video', 'audio',
  'source', 'track', 'canvas', 'map', 'area', 'input', 'button', 'select', 'option', 'optgroup',
  'textarea', 'datalist', 'output', 'progress', 'meter', 'dialog', 'nav', 'xml', 'portal', 'slot',
]);

/** Block containers the schema has no node for: kept as <div> so their text stays separate paragraphs. */
const BLOCK_CONTAINERS = new Set([
  'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'figure', 'figcaption', 'address',
  'center', 'details', 'summary', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption',
  'dl', 'dt', 'dd', 'form', 'fieldset', 'legend', 'hgroup', 'body', 'html', 'menu', 'dir', 'pre', 'listing',
]);

/** Kept as themselves (under their canonical name). */
const RENAME: Record<string, string> = {
  p: 'p',
  ul: 'ul',
  ol: 'ol',
  li: 'li',
  blockquote: 'blockquote',
  strong: 'strong',
  b: 'strong',
  em: 'em',
  i: 'em',
  cite: 'em',
  dfn: 'em',
  s: 's',
  strike: 's',
  del: 's',
  // The article title is the page's only first-level heading; the schema has levels 2 and 3.
  h1: 'h2',
  h2: 'h2',
  h3: 'h3',
  h4: 'h3',
  h5: 'h3',
  h6: 'h3',
};

/** Elements whose own kind already says bold: a `font-weight:normal` on them means "not bold". */
const BOLD_TAGS = new Set(['b', 'strong']);
const ITALIC_TAGS = new Set(['i', 'em', 'cite', 'dfn']);

/** Only C0 controls that are not whitespace; they have no business in an article. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const HAS_CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function cleanHref(raw: string | null): string | null {
  if (raw === null) return null;
  // Surrounding spaces are ignored by browsers; anything else odd is left for the policy to refuse.
  const href = raw.replace(/^ +| +$/g, '');
  return isAllowedHref(href) ? href : null;
}

function sanitiseElement(element: Element): void {
  const name = nameOf(element);
  const style = element.getAttribute('style');
  const format = readInlineFormat(style);
  if (DROP.has(name) || format.hidden || element.hasAttribute('hidden') || /mso-list:\s*ignore/i.test(style ?? '')) {
    element.parentNode?.removeChild(element);
    return;
  }
  if (name.includes(':')) {
    // Word's namespaced tags: <o:p> holds text (often a lone &nbsp;), <v:…> and other <o:…>
    // are drawing objects, <w:…>/<st1:…> are tags around ordinary text.
    if (name === 'o:p' || !/^(v|o):/.test(name)) {
      sanitiseChildren(element);
      unwrap(element);
    } else {
      element.parentNode?.removeChild(element);
    }
    return;
  }
  sanitiseChildren(element);

  if (name === 'br') {
    // Word's page breaks are layout, not a line break in the text.
    if (/page-break-before/i.test(style ?? '')) element.parentNode?.removeChild(element);
    else replaceWithFresh(element, 'br');
    return;
  }
  if (name === 'hr') {
    const hr = replaceWithFresh(element, 'hr');
    while (hr.firstChild) hr.removeChild(hr.firstChild);
    return;
  }
  if (name === 'a') {
    const href = cleanHref(element.getAttribute('href'));
    if (href === null) {
      // A refused or anchor-only link keeps its text, loses the link.
      keepFormatOrUnwrap(element, format);
      return;
    }
    const a = replaceWithFresh(element, 'a');
    a.setAttribute('href', href);
    setFormat(a, format);
    return;
  }
  // The Google Docs wrapper and Word's `<b style="font-weight:normal">`: a <b> that is not bold.
  if (BOLD_TAGS.has(name) && format.bold === false) {
    keepFormatOrUnwrap(element, format);
    return;
  }
  if (ITALIC_TAGS.has(name) && format.italic === false) {
    keepFormatOrUnwrap(element, format);
    return;
  }
  const renamed = RENAME[name];
  if (renamed) {
    const start = name === 'ol' ? element.getAttribute('start') : null;
    const fresh = replaceWithFresh(element, renamed);
    if (start !== null && /^\d{1,6}$/.test(start.trim()) && Number(start) > 1) fresh.setAttribute('start', String(Number(start)));
    setFormat(fresh, format);
    return;
  }
  if (name === 'pre' || name === 'listing') {
    // Preformatted text has its line breaks in the text; the schema collapses them, so they become <br>.
    lineBreaksToBr(element);
  }
  if (BLOCK_CONTAINERS.has(name)) {
    setFormat(replaceWithFresh(element, 'div'), format);
    return;
  }
  keepFormatOrUnwrap(element, format);
}

function setFormat(element: Element, format: ReturnType<typeof readInlineFormat>): void {
  const style = inlineFormatStyle(format);
  if (style) element.setAttribute('style', style);
}

/** An unknown inline element (span, font, u, sup…) survives only as a carrier of bold/italic/strike. */
function keepFormatOrUnwrap(element: Element, format: ReturnType<typeof readInlineFormat>): void {
  const style = inlineFormatStyle(format);
  if (!style) {
    unwrap(element);
    return;
  }
  replaceWithFresh(element, 'span').setAttribute('style', style);
}

function lineBreaksToBr(element: Element): void {
  const document = element.ownerDocument;
  const walker = document.createTreeWalker(element, 0x4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (isText(node) && node.data.includes('\n')) texts.push(node);
  for (const text of texts) {
    const lines = text.data.replace(/\r\n?/g, '\n').split('\n');
    lines.forEach((line, index) => {
      if (index > 0) text.parentNode?.insertBefore(document.createElement('br'), text);
      if (line) text.parentNode?.insertBefore(document.createTextNode(line), text);
    });
    text.parentNode?.removeChild(text);
  }
}

/** Cleans every child of `parent` (not `parent` itself). */
export function sanitiseChildren(parent: Element): void {
  for (const child of Array.from(parent.childNodes)) {
    if (isElement(child)) {
      sanitiseElement(child);
    } else if (isText(child)) {
      if (HAS_CONTROL_CHARACTER.test(child.data)) child.data = child.data.replace(CONTROL_CHARACTERS, '');
    } else {
      // Comments (Word's conditional blocks among them), processing instructions, CDATA.
      parent.removeChild(child);
    }
  }
}
