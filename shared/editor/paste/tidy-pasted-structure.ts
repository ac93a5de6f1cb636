import { isElement, isText, nameOf, visibleText } from './dom-nodes';

const BLOCKS = new Set(['p', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote', 'hr', 'div']);

function isBlock(node: Node | null): boolean {
  return isElement(node) && BLOCKS.has(nameOf(node));
}

function significantSibling(node: Node, direction: 'previousSibling' | 'nextSibling'): Node | null {
  let sibling = node[direction];
  while (sibling && isText(sibling) && visibleText(sibling) === '') sibling = sibling[direction];
  return sibling;
}

/**
 * Google Docs (and some web pages) nest a sub-list directly in its parent list
 * (`<ul><li>a</li><ul><li>b</li></ul></ul>`), which the schema cannot hold: the sub-list
 * moves into the item before it, where a list item's children belong.
 */
export function nestStrayLists(root: Element): void {
  for (const list of Array.from(root.querySelectorAll('ul > ul, ul > ol, ol > ul, ol > ol'))) {
    let previous = list.previousElementSibling;
    if (!previous || nameOf(previous) !== 'li') {
      previous = list.ownerDocument.createElement('li');
      list.parentNode?.insertBefore(previous, list);
    }
    previous.appendChild(list);
  }
}

/**
 * Word's `<p>&nbsp;</p>` spacers, Google Docs' `<br>` between paragraphs and empty list
 * wrappers would each become an empty paragraph: layout, not text. A <br> between two
 * lines of text is a real line break and stays.
 */
export function dropEmptyBlocks(root: Element): void {
  for (const br of Array.from(root.querySelectorAll('br'))) {
    const parent = br.parentElement;
    if (!parent || !(parent === root || BLOCKS.has(nameOf(parent))) || nameOf(parent) === 'p') continue;
    const previous = significantSibling(br, 'previousSibling');
    const next = significantSibling(br, 'nextSibling');
    if ((previous === null || isBlock(previous)) && (next === null || isBlock(next))) br.remove();
  }
  for (const block of Array.from(root.querySelectorAll('p, h2, h3')).reverse()) {
    if (visibleText(block) === '' && block.querySelector('hr') === null) block.remove();
  }
  for (const list of Array.from(root.querySelectorAll('ul, ol')).reverse()) {
    if (!Array.from(list.children).some((child) => nameOf(child) === 'li')) list.remove();
  }
  for (const item of Array.from(root.querySelectorAll('li')).reverse()) {
    if (visibleText(item) === '' && item.querySelector('ul, ol') === null) item.remove();
  }
  for (const list of Array.from(root.querySelectorAll('ul, ol')).reverse()) {
    if (list.children.length === 0) list.remove();
  }
  // Containers whose content was all removed (an ad slot, a form).
  for (const div of Array.from(root.querySelectorAll('div, blockquote')).reverse()) {
    if (visibleText(div) === '' && div.querySelector('hr') === null) div.remove();
  }
}
