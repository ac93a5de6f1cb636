import { isElement, isText, nameOf, visibleText } from './dom-nodes';
import { conditionalContent, isConditionalStart } from './remove-conditional-content';

// Word puts no <ul>/<ol> on the clipboard: each item is a paragraph
// `<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'>` whose bullet or
// number is typed text inside `<![if !supportLists]>…<![endif]>` (a `mso-list:Ignore`
// span). Left alone they paste as paragraphs starting with "·" or "1.". Here runs of such
// paragraphs become real, nested lists; the typed marker decides ordered or bullet.

const MSO_LIST = /mso-list:\s*(l\d+)\s+level(\d+)/i;
const IGNORE_SPAN = /mso-list:\s*ignore/i;
// "1.", "12)", "a.", "iv.", "(b)": a number or letter followed by a full stop or bracket.
const ORDERED_MARKER = /^\(?([0-9]{1,4}|[a-z]{1,3})[.)]$/i;

interface WordListItem {
  paragraph: Element;
  list: string;
  level: number;
  ordered: boolean;
  start: number | null;
}

/** Removes the typed marker from a Word list paragraph and returns its text ("·", "1.", "o"). */
function takeMarker(paragraph: Element): string {
  let marker = '';
  const comments = paragraph.ownerDocument.createTreeWalker(paragraph, 0x80 /* NodeFilter.SHOW_COMMENT */);
  for (let node = comments.nextNode(); node; node = comments.nextNode()) {
    if (!isConditionalStart(node) || !/supportLists/i.test(node.data)) continue;
    for (const part of conditionalContent(node)) {
      marker += part.textContent ?? '';
      part.parentNode?.removeChild(part);
    }
    break;
  }
  // Some producers (and Word's "keep text only" round trips) keep the span but lose the comments.
  for (const span of Array.from(paragraph.querySelectorAll('[style]'))) {
    if (!IGNORE_SPAN.test(span.getAttribute('style') ?? '')) continue;
    if (!marker) marker = span.textContent ?? '';
    span.parentNode?.removeChild(span);
  }
  return marker.replace(/[\s\u00a0]+/g, '');
}

function startOf(marker: string): number | null {
  const match = ORDERED_MARKER.exec(marker);
  if (!match?.[1]) return null;
  const value = match[1];
  if (/^\d+$/.test(value)) return Number(value);
  // Single letters count a, b, c…; Roman numerals and longer runs start the list at 1.
  return value.length === 1 && !/^[ivx]$/i.test(value) ? value.toLowerCase().charCodeAt(0) - 96 : 1;
}

function listItemOf(element: Element): WordListItem | null {
  // Only paragraphs: a numbered *heading* (mso-list on <h1>) stays a heading; its number
  // goes with the other conditional content.
  if (nameOf(element) !== 'p') return null;
  const match = MSO_LIST.exec(element.getAttribute('style') ?? '');
  if (!match?.[1] || !match[2]) return null;
  const marker = takeMarker(element);
  const start = startOf(marker);
  return { paragraph: element, list: match[1], level: Number(match[2]), ordered: start !== null, start };
}

/** Whitespace, comments and empty text between two list paragraphs do not end the list. */
function isFiller(node: Node): boolean {
  if (isElement(node)) return false;
  if (isText(node)) return visibleText(node) === '';
  return true;
}

function buildLists(items: WordListItem[], document: Document): Element[] {
  const roots: Element[] = [];
  const stack: Array<{ level: number; list: Element; ordered: boolean; lastItem: Element | null }> = [];
  for (const item of items) {
    while (stack.length > 0 && stack[stack.length - 1]!.level > item.level) stack.pop();
    let top = stack[stack.length - 1];
    if (top && top.level === item.level && top.ordered !== item.ordered) {
      // A change from bullets to numbers at the same depth is a new list.
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (!top || top.level < item.level) {
      const list = document.createElement(item.ordered ? 'ol' : 'ul');
      if (item.ordered && item.start !== null && item.start > 1) list.setAttribute('start', String(item.start));
      if (top) {
        let parentItem = top.lastItem;
        if (!parentItem) {
          parentItem = document.createElement('li');
          top.list.appendChild(parentItem);
          top.lastItem = parentItem;
        }
        parentItem.appendChild(list);
      } else {
        roots.push(list);
      }
      top = { level: item.level, list, ordered: item.ordered, lastItem: null };
      stack.push(top);
    }
    const li = document.createElement('li');
    const p = document.createElement('p');
    while (item.paragraph.firstChild) p.appendChild(item.paragraph.firstChild);
    li.appendChild(p);
    top.list.appendChild(li);
    top.lastItem = li;
  }
  return roots;
}

/** Turns every run of Word list paragraphs under `root` into <ul>/<ol> with <li><p>. */
export function convertWordLists(root: Element): void {
  const document = root.ownerDocument;
  const candidates = Array.from(root.querySelectorAll('p[style*="mso-list"], p[style*="MSO-LIST"]'));
  const done = new Set<Element>();
  for (const first of candidates) {
    if (done.has(first) || !first.parentNode) continue;
    const items: WordListItem[] = [];
    const between: Node[] = [];
    for (let node: Node | null = first; node; node = node.nextSibling) {
      if (isFiller(node)) {
        between.push(node);
        continue;
      }
      const item = isElement(node) ? listItemOf(node) : null;
      if (!item) break;
      items.push(item);
      done.add(item.paragraph);
    }
    if (items.length === 0) continue;
    const parent = first.parentNode;
    for (const list of buildLists(items, document)) parent.insertBefore(list, first);
    for (const item of items) item.paragraph.parentNode?.removeChild(item.paragraph);
    // Whitespace and comments that sat between the items mean nothing once they are a list.
    for (const node of between) node.parentNode?.removeChild(node);
  }
}
