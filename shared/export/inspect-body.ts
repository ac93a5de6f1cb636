import type { ProseDoc, ProseNode } from '../domain/prose-doc';
import { blockText } from '../editor/alignment/block-texts';

/** One link as a reader sees it: consecutive inline nodes that carry the same address. */
export interface BodyLink {
  /** The address as stored; null when the mark has none (or not a string). */
  href: string | null;
  text: string;
  /** The top-level block it is in (null for blocks without an id). */
  blockId: string | null;
}

/** What the check before export needs to know about one body. */
export interface BodyInspection {
  /** Any block a reader would see words in. */
  hasText: boolean;
  /** Empty paragraphs, headings and list items (each prints as a gap), in reading order. */
  emptyBlocks: { count: number; firstBlockId: string | null };
  links: BodyLink[];
}

const isBlank = (node: ProseNode) => blockText(node).trim() === '';

function blockIdOf(node: ProseNode): string | null {
  const id = node.attrs?.blockId;
  return typeof id === 'string' ? id : null;
}

function linkHrefOf(node: ProseNode): string | null | undefined {
  const mark = (node.marks ?? []).find((m) => m.type === 'link');
  if (!mark) return undefined;
  const href = mark.attrs?.href;
  return typeof href === 'string' && href.trim() !== '' ? href : null;
}

/** The links of a text block: a bold word inside a link splits it into nodes, not into two links. */
function linksOf(block: ProseNode, blockId: string | null, out: BodyLink[]): void {
  let open: BodyLink | null = null;
  for (const child of block.content ?? []) {
    const href = linkHrefOf(child);
    if (href === undefined) {
      open = null;
      continue;
    }
    const text = child.type === 'hardBreak' ? '\n' : (child.text ?? '');
    if (open && open.href === href) {
      open.text += text;
    } else {
      open = { href, text, blockId };
      out.push(open);
    }
  }
}

/** Empty text blocks inside one node; a list item whose own paragraphs are all empty counts once. */
function countEmpty(node: ProseNode): number {
  const children = node.content ?? [];
  if (node.type === 'paragraph' || node.type === 'heading') return isBlank(node) ? 1 : 0;
  if (node.type === 'listItem') {
    const own = children.filter((child) => child.type === 'paragraph');
    const blank = own.filter(isBlank).length;
    const nested = children.filter((child) => child.type !== 'paragraph').reduce((sum, child) => sum + countEmpty(child), 0);
    return (own.length > 0 && blank === own.length ? 1 : blank) + nested;
  }
  return children.reduce((sum, child) => sum + countEmpty(child), 0);
}

function visitTextBlocks(node: ProseNode, visit: (block: ProseNode) => void): void {
  if (node.type === 'paragraph' || node.type === 'heading') {
    visit(node);
    return;
  }
  for (const child of node.content ?? []) visitTextBlocks(child, visit);
}

/**
 * Reads a body the way the check before export needs it. It trusts nothing about the
 * body beyond its JSON shape: links are reported as stored, before any policy removed them.
 */
export function inspectBody(body: ProseDoc): BodyInspection {
  const blocks = body.content ?? [];
  const hasText = blocks.some((block) => !isBlank(block));
  let count = 0;
  let firstBlockId: string | null = null;
  const links: BodyLink[] = [];
  for (const block of blocks) {
    const blockId = blockIdOf(block);
    // An empty body is one empty paragraph: that is a missing body, not a gap in one.
    const empty = hasText ? countEmpty(block) : 0;
    if (empty > 0 && count === 0) firstBlockId = blockId;
    count += empty;
    visitTextBlocks(block, (textBlock) => linksOf(textBlock, blockId, links));
  }
  return { hasText, emptyBlocks: { count, firstBlockId }, links };
}
