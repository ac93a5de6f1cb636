// Node-type checks by number, not `instanceof HTMLElement`: the caller's Document may come
// from a browser window, a DOMParser or jsdom, each with its own constructors.

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;

export function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === ELEMENT_NODE;
}

export function isText(node: Node | null | undefined): node is Text {
  return node?.nodeType === TEXT_NODE;
}

export function isComment(node: Node | null | undefined): node is Comment {
  return node?.nodeType === COMMENT_NODE;
}

/** The element's name in lower case, with any `o:`/`v:`/`w:` prefix Word writes kept. */
export function nameOf(element: Element): string {
  return element.nodeName.toLowerCase();
}

/** Replaces `element` by its children (the text stays, the tag goes). */
export function unwrap(element: Element): void {
  const parent = element.parentNode;
  if (!parent) return;
  while (element.firstChild) parent.insertBefore(element.firstChild, element);
  parent.removeChild(element);
}

/** A fresh element named `name` that takes over `element`'s children and place; no attribute survives. */
export function replaceWithFresh(element: Element, name: string): Element {
  const fresh = element.ownerDocument.createElement(name);
  while (element.firstChild) fresh.appendChild(element.firstChild);
  element.parentNode?.replaceChild(fresh, element);
  return fresh;
}

/** Text that a reader sees: no whitespace, no-break spaces, zero-width characters or BOM. */
export function visibleText(node: Node): string {
  return (node.textContent ?? '').replace(/[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g, '');
}
