import type { ProseDoc, ProseMark, ProseNode } from '../../../../shared/domain/prose-doc';
import { isAllowedHref } from '../../../../shared/editor/link-policy';
import { wrapText } from './wrap-text';

interface Prefix {
  first: string;
  rest: string;
}

// Plain-text conventions mail readers know: *bold*, _italic_, ~~struck~~ (as in Telegram,
// Slack and Markdown). Struck text is kept and marked: an analyst strikes a word to say
// something about it, and dropping the marks would reverse the meaning.
const DELIMITERS: Array<[string, string]> = [
  ['strike', '~~'],
  ['bold', '*'],
  ['italic', '_'],
];

const HEADING_UNDERLINE: Record<number, string> = { 2: '-', 3: '·' };
const BULLET = '– ';
const RULE = '* * *';

const length = (text: string) => [...text].length;

function linkOf(node: ProseNode): string | null {
  const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.href;
  return isAllowedHref(href) ? href : null;
}

/** The delimiters of a text's emphasis marks, outermost first. */
function delimitersOf(marks: readonly ProseMark[] | undefined): string[] {
  return DELIMITERS.filter(([type]) => marks?.some((mark) => mark.type === type)).map(([, delimiter]) => delimiter);
}

/** Text with its emphasis marks, spaces kept outside them (`*word* `, never `*word *`). */
function emphasised(text: string, delimiters: readonly string[]): string {
  const parts = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  if (!parts || parts[2] === '' || delimiters.length === 0) return text;
  return `${parts[1]}${delimiters.join('')}${parts[2]}${[...delimiters].reverse().join('')}${parts[3]}`;
}

/** `text <url>`; just `<url>` when the text is the address; an in-page `#anchor` leaves the text alone. */
function withAddress(rendered: string, plain: string, href: string): string {
  if (href.startsWith('#')) return rendered;
  const shown = plain.trim();
  if (shown === href || `mailto:${shown}` === href) return `<${href}>`;
  return `${rendered} <${href}>`;
}

/** Inline content as one string; hard breaks stay "\n" for the wrapper to keep. */
function inlineText(nodes: readonly ProseNode[]): string {
  let out = '';
  let i = 0;
  while (i < nodes.length) {
    const node = nodes[i]!;
    if (node.type === 'hardBreak') {
      out += '\n';
      i++;
      continue;
    }
    const href = node.type === 'text' ? linkOf(node) : null;
    let rendered = '';
    let plain = '';
    // Adjacent pieces with the same link and emphasis are one run, so marks never stutter (`*a**b*`).
    while (i < nodes.length && nodes[i]!.type === 'text' && linkOf(nodes[i]!) === href) {
      const delimiters = delimitersOf(nodes[i]!.marks);
      const key = delimiters.join('');
      let piece = '';
      while (i < nodes.length && nodes[i]!.type === 'text' && linkOf(nodes[i]!) === href && delimitersOf(nodes[i]!.marks).join('') === key) {
        piece += nodes[i]!.text ?? '';
        i++;
      }
      rendered += emphasised(piece, delimiters);
      plain += piece;
      if (href === null) break;
    }
    if (node.type !== 'text') i++;
    out += href === null ? rendered : withAddress(rendered, plain, href);
  }
  return out;
}

function headingLines(node: ProseNode, prefix: Prefix, width: number): string[] {
  const text = inlineText(node.content ?? []);
  if (text.trim() === '') return [];
  const lines = wrapText(text, { width, firstPrefix: prefix.first, prefix: prefix.rest });
  const widest = Math.max(...lines.map((line) => length(line.trimEnd()) - length(prefix.rest)));
  const underline = HEADING_UNDERLINE[node.attrs?.level === 3 ? 3 : 2]!;
  return [...lines.map((line) => line.trimEnd()), prefix.rest + underline.repeat(Math.max(3, Math.min(widest, width - length(prefix.rest))))];
}

function listLines(node: ProseNode, prefix: Prefix, width: number): string[] {
  const items = node.content ?? [];
  const start = node.type === 'orderedList' && typeof node.attrs?.start === 'number' ? Math.trunc(node.attrs.start) : 1;
  const markers = items.map((_, index) => (node.type === 'orderedList' ? `${start + index}. ` : BULLET));
  const markerWidth = Math.max(...markers.map(length));
  return items.flatMap((item, index) => {
    const marker = markers[index]!.padStart(markerWidth);
    const itemPrefix = { first: (index === 0 ? prefix.first : prefix.rest) + marker, rest: prefix.rest + ' '.repeat(markerWidth) };
    return blockLines(item.content ?? [], itemPrefix, width, true);
  });
}

function nodeLines(node: ProseNode, prefix: Prefix, width: number): string[] {
  switch (node.type) {
    case 'heading':
      return headingLines(node, prefix, width);
    case 'bulletList':
    case 'orderedList':
      return listLines(node, prefix, width);
    case 'blockquote':
      return blockLines(node.content ?? [], { first: `${prefix.first}> `, rest: `${prefix.rest}> ` }, width, false);
    case 'horizontalRule':
      return [prefix.first + RULE];
    default: {
      // Paragraphs, and the text of anything unknown rather than losing it.
      const text = inlineText(node.content ?? []);
      return text.trim() === '' ? [] : wrapText(text, { width, firstPrefix: prefix.first, prefix: prefix.rest });
    }
  }
}

/** Blocks one after another; `tight` (inside a list item) leaves out the blank line between them. */
function blockLines(nodes: readonly ProseNode[], prefix: Prefix, width: number, tight: boolean): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    const lines = nodeLines(node, out.length === 0 ? prefix : { first: prefix.rest, rest: prefix.rest }, width);
    if (lines.length === 0) continue;
    if (out.length > 0 && !tight) out.push(prefix.rest.trimEnd());
    out.push(...lines);
  }
  return out;
}

/**
 * An article body as plain-text lines for the email's text part: headings underlined, lists
 * with "– " and "1. ", quotes with "> ", links as `text <url>` (in-page anchors dropped),
 * wrapped to `width` characters (see wrap-text).
 */
export function renderBodyText(doc: ProseDoc, width: number): string[] {
  return blockLines(doc.content ?? [], { first: '', rest: '' }, width, false);
}
