import { isComment } from './dom-nodes';

const DOWNLEVEL_IF = /^\[if\s[^\]]*\]$/i;
const DOWNLEVEL_ENDIF = /^\[endif\]$/i;

/** True for the opening `<![if …]>` of a Word "downlevel-revealed" block (parsed as a comment). */
export function isConditionalStart(node: Node): node is Comment {
  return isComment(node) && DOWNLEVEL_IF.test(node.data.trim());
}

export function isConditionalEnd(node: Node): node is Comment {
  return isComment(node) && DOWNLEVEL_ENDIF.test(node.data.trim());
}

/**
 * The nodes between an `<![if …]>` comment and its `<![endif]>` sibling (both excluded);
 * empty when the end is missing, so a broken pair never swallows the rest of a paragraph.
 */
export function conditionalContent(start: Comment): Node[] {
  const content: Node[] = [];
  for (let node = start.nextSibling; node; node = node.nextSibling) {
    if (isConditionalEnd(node)) return content;
    content.push(node);
  }
  return [];
}

/**
 * Word writes fallbacks for programs without its features between `<![if !supportLists]>`
 * and `<![endif]>` (a typed bullet), `!supportLineBreakNewLine` (a duplicate <br>),
 * `!vml` (an image of a shape), `!supportFootnotes`/`!supportAnnotations` (separators and
 * comment text). None of it is the author's text: it all goes, and so do the markers.
 * (`<!--[if gte mso 9]>…<![endif]-->` is one ordinary comment and goes with the comments.)
 */
export function removeConditionalContent(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 0x80 /* NodeFilter.SHOW_COMMENT */);
  const starts: Comment[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isConditionalStart(node)) starts.push(node);
  }
  for (const start of starts) {
    if (!start.parentNode) continue;
    for (const node of conditionalContent(start)) node.parentNode?.removeChild(node);
  }
}
