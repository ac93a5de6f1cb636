import type { ProseDoc, ProseNode } from '../../../../shared/domain/prose-doc';
import { renderInlineMarkdown } from './markdown-inline';

// Blocks render to lines; containers (list items, quotes) prefix their children's lines.
// Blocks are separated by one blank line, so no block can continue or reinterpret the one
// before it (a `---` right under a paragraph line would turn it into a heading).

const HARD_BREAK = '\\';
/** CommonMark ordered list numbers have at most nine digits. */
const MAX_LIST_NUMBER = 999_999_999;

function inlineLines(nodes: readonly ProseNode[], heading = false): string[] {
  const lines = renderInlineMarkdown(nodes, { heading });
  return lines.map((line, i) => (i < lines.length - 1 ? `${line}${HARD_BREAK}` : line));
}

function hasText(lines: string[]): boolean {
  return lines.some((line) => line !== '');
}

/** Prefixes a child's lines: `first` on its first line, `rest` on the others (blank lines get `rest` trimmed). */
function prefixed(lines: string[], first: string, rest: string): string[] {
  return lines.map((line, i) => {
    const prefix = i === 0 ? first : rest;
    return line === '' ? prefix.trimEnd() : `${prefix}${line}`;
  });
}

function listStart(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(Math.trunc(value), MAX_LIST_NUMBER) : 1;
}

function startsWithText(item: ProseNode): boolean {
  const first = item.content?.[0];
  return first !== undefined && (first.type !== 'paragraph' || hasText(inlineLines(first.content ?? [])));
}

/**
 * Whether a nested list may follow its item's paragraph line directly. CommonMark lets a list
 * interrupt a paragraph only when its first item has text and, if numbered, starts at 1;
 * otherwise its first line would be read as more paragraph text.
 */
function canInterruptParagraph(list: ProseNode): boolean {
  const firstItem = list.content?.[0];
  return firstItem !== undefined && startsWithText(firstItem) && (list.type === 'bulletList' || listStart(list.attrs?.start) === 1);
}

/** A list is tight (no blank lines) when each item is one paragraph, possibly followed by a nested list. */
function isTight(list: ProseNode): boolean {
  return (list.content ?? []).every((item) => {
    const [first, second, ...rest] = item.content ?? [];
    if (first?.type !== 'paragraph' || rest.length > 0) return false;
    return second === undefined || ((second.type === 'bulletList' || second.type === 'orderedList') && canInterruptParagraph(second));
  });
}

function listLines(list: ProseNode, alternate: boolean): string[] {
  const ordered = list.type === 'orderedList';
  const start = listStart(list.attrs?.start);
  const tight = isTight(list);
  const out: string[] = [];
  (list.content ?? []).forEach((item, index) => {
    const marker = ordered ? `${Math.min(start + index, MAX_LIST_NUMBER)}${alternate ? ')' : '.'} ` : alternate ? '* ' : '- ';
    const body = blocksLines(item.content ?? [], tight);
    if (index > 0 && !tight) out.push('');
    const indent = ' '.repeat(marker.length);
    if (body.length === 0) out.push(marker.trimEnd());
    // An item whose paragraph is empty starts with a blank line, or its next block would
    // sit on the marker's line (`- ---` is a rule, not an item holding one).
    else if (!startsWithText(item)) out.push(marker.trimEnd(), ...prefixed(body, indent, indent));
    else out.push(...prefixed(body, marker, indent));
  });
  return out;
}

function blockLines(node: ProseNode, alternateList: boolean): string[] {
  const children = node.content ?? [];
  switch (node.type) {
    case 'paragraph': {
      const lines = inlineLines(children);
      return hasText(lines) ? lines : [];
    }
    case 'heading': {
      const marker = node.attrs?.level === 3 ? '###' : '##';
      const [line = ''] = inlineLines(children, true);
      return [line ? `${marker} ${line}` : marker];
    }
    case 'bulletList':
    case 'orderedList':
      return listLines(node, alternateList);
    case 'blockquote': {
      const inner = blocksLines(children, false);
      return prefixed(inner.length ? inner : [''], '> ', '> ');
    }
    case 'horizontalRule':
      return ['---'];
    default: {
      // Unknown nodes cannot come through a validated body; their text is still not lost.
      const lines = inlineLines(children);
      return hasText(lines) ? lines : [];
    }
  }
}

/** Sibling blocks, with a blank line between them unless `tight` (inside a tight list item). */
function blocksLines(nodes: readonly ProseNode[], tight: boolean): string[] {
  const out: string[] = [];
  let previousType: string | null = null;
  let previousAlternate = false;
  for (const node of nodes) {
    const isList = node.type === 'bulletList' || node.type === 'orderedList';
    // Two lists of a kind in a row (three: `-`, `*`, `-`) alternate markers, or they would merge.
    const alternate: boolean = isList && previousType === node.type && !previousAlternate;
    const lines = blockLines(node, alternate);
    if (lines.length === 0) continue;
    previousType = node.type;
    previousAlternate = alternate;
    if (out.length > 0 && !tight) out.push('');
    out.push(...lines);
  }
  return out;
}

/** A validated article body as CommonMark (with GFM strikethrough): no raw HTML, every text escaped. */
export function renderBodyMarkdown(doc: ProseDoc): string {
  return blocksLines(doc.content ?? [], false).join('\n');
}
