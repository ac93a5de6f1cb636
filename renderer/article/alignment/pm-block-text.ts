import type { Node as PMNode } from '@tiptap/pm/model';

const CONTAINERS = new Set(['bulletList', 'orderedList', 'listItem', 'blockquote']);
// Blocks are immutable and an edit leaves the untouched ones as they were, so a keystroke
// re-reads only the block it changed.
const cache = new WeakMap<PMNode, string>();

/**
 * The same text as shared/editor/alignment/block-texts.ts blockText(), read from a live
 * ProseMirror node instead of JSON (the two must agree: records are written from one and
 * compared with the other).
 */
export function pmBlockText(node: PMNode): string {
  if (node.isText) return node.text ?? '';
  if (node.type.name === 'hardBreak') return '\n';
  const cached = cache.get(node);
  if (cached !== undefined) return cached;
  const parts: string[] = [];
  node.forEach((child) => parts.push(pmBlockText(child)));
  const text = parts.join(CONTAINERS.has(node.type.name) ? '\n' : '');
  cache.set(node, text);
  return text;
}

/** blockId → text of every top-level block with an id, and the ids in order. */
export function pmBlockTexts(doc: PMNode): { ids: (string | null)[]; texts: Map<string, string> } {
  const ids: (string | null)[] = [];
  const texts = new Map<string, string>();
  doc.forEach((node) => {
    const id = node.attrs.blockId as unknown;
    if (typeof id === 'string') {
      ids.push(id);
      if (!texts.has(id)) texts.set(id, pmBlockText(node));
    } else ids.push(null);
  });
  return { ids, texts };
}
