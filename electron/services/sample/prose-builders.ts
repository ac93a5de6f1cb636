import type { ProseDoc, ProseMark, ProseNode } from '../../../shared/domain/prose-doc';

/** Inline content: a plain string becomes an unmarked text node. */
export type Inline = string | ProseNode;

// A non-breaking space is invisible in source code, so the sample texts write it as `~`
// (TeX's tie) and it is turned into U+00A0 here; that keeps the typography reviewable.
const TIE = /~/g;
const NBSP = '\u00a0';

export function text(value: string, marks: ProseMark[] = []): ProseNode {
  const node: ProseNode = { type: 'text', text: value.replace(TIE, NBSP) };
  if (marks.length > 0) node.marks = marks;
  return node;
}

function toNode(content: Inline): ProseNode {
  return typeof content === 'string' ? text(content) : content;
}

function withMark(mark: ProseMark, content: Inline): ProseNode {
  const node = toNode(content);
  return { ...node, marks: [...(node.marks ?? []), mark] };
}

export function bold(content: Inline): ProseNode {
  return withMark({ type: 'bold' }, content);
}

export function italic(content: Inline): ProseNode {
  return withMark({ type: 'italic' }, content);
}

export function link(href: string, content: Inline): ProseNode {
  return withMark({ type: 'link', attrs: { href } }, content);
}

/**
 * A paragraph. Top-level paragraphs carry the block id their counterparts in the other
 * languages share; paragraphs nested in quotes and list items pass `null` (the editor
 * aligns top-level blocks only).
 */
export function paragraph(blockId: string | null, ...content: Inline[]): ProseNode {
  const node: ProseNode = { type: 'paragraph', content: content.map(toNode) };
  if (blockId !== null) node.attrs = { blockId };
  return node;
}

export function heading(blockId: string, level: 2 | 3, ...content: Inline[]): ProseNode {
  return { type: 'heading', attrs: { blockId, level }, content: content.map(toNode) };
}

/** A quotation of one paragraph, the usual shape of a quote in the bulletin. */
export function blockquote(blockId: string, ...content: Inline[]): ProseNode {
  return { type: 'blockquote', attrs: { blockId }, content: [paragraph(null, ...content)] };
}

export function listItem(...content: Inline[]): ProseNode {
  return { type: 'listItem', content: [paragraph(null, ...content)] };
}

export function bulletList(blockId: string, ...items: ProseNode[]): ProseNode {
  return { type: 'bulletList', attrs: { blockId }, content: items };
}

export function doc(...blocks: ProseNode[]): ProseDoc {
  return { type: 'doc', content: blocks };
}
