import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';

/** Top-level block types that carry an alignment id. */
export const BLOCK_TYPES = ['paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'horizontalRule'] as const;

export const BLOCK_ID_PATTERN = /^[A-Za-z0-9_-]{4,64}$/;

export interface BlockIdOptions {
  /** Id generator; injected so tests and the sample content are deterministic. */
  generate: () => string;
}

export function randomBlockId(): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  return 'b' + Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').slice(0, 11);
}

export const blockIdPluginKey = new PluginKey('blockId');

/** The same top-level blocks, by type and id, in the same order (content may differ). */
function sameBlockIds(before: PMNode, after: PMNode): boolean {
  if (before.childCount !== after.childCount) return false;
  for (let i = 0; i < after.childCount; i++) {
    const a = before.child(i);
    const b = after.child(i);
    if (a !== b && (a.type !== b.type || a.attrs.blockId !== b.attrs.blockId)) return false;
  }
  return true;
}

/**
 * Gives every top-level block a `blockId` that its counterparts in the other languages share
 * (alignment, outdated markers and QA hang on it). New or duplicated blocks (split, paste)
 * get a fresh id; existing ids are never changed.
 */
export const BlockId = Extension.create<BlockIdOptions>({
  name: 'blockId',

  addOptions() {
    return { generate: randomBlockId };
  },

  addGlobalAttributes() {
    return [
      {
        types: [...BLOCK_TYPES],
        attributes: {
          blockId: {
            default: null,
            // Paste keeps no ids from outside: a copied block must not claim another block's counterpart.
            parseHTML: () => null,
            renderHTML: (attributes: Record<string, unknown>) =>
              typeof attributes.blockId === 'string' ? { 'data-block-id': attributes.blockId } : {},
          },
        },
      },
    ];
  },

  addProseMirrorPlugins() {
    const generate = this.options.generate;
    // Documents whose ids this plugin has checked and found complete and unique.
    const checked = new WeakSet<PMNode>();
    return [
      new Plugin({
        key: blockIdPluginKey,
        appendTransaction: (transactions, oldState, newState) => {
          if (!transactions.some((tr) => tr.docChanged)) return null;
          // Typing inside a block leaves every top-level block with the id it had: then a
          // checked document stays checked, and the full pass below (a mapping through the
          // edit, a pass over every block) is not needed for each keystroke.
          if (checked.has(oldState.doc) && sameBlockIds(oldState.doc, newState.doc)) {
            checked.add(newState.doc);
            return null;
          }
          // When an edit leaves two blocks with one id (a split, a copy of a block), the id
          // stays with the block its text came from: map where each old block's content
          // began through the edit. Enter at the start of a paragraph thus gives the new
          // empty line a fresh id, and the paragraph keeps its translations' alignment.
          const mapping = new Mapping();
          for (const tr of transactions) mapping.appendMapping(tr.mapping);
          const heir = new Map<string, number>();
          oldState.doc.forEach((node, offset) => {
            const id = node.attrs.blockId as unknown;
            if (typeof id === 'string') heir.set(id, mapping.map(offset + 1, 1));
          });
          const keeperOf = new Map<string, number>();
          newState.doc.forEach((node, offset) => {
            const id = node.attrs.blockId as unknown;
            if (typeof id !== 'string' || !BLOCK_ID_PATTERN.test(id)) return;
            const pos = heir.get(id);
            const end = offset + node.nodeSize - (node.isLeaf ? 0 : 1);
            if (pos !== undefined && offset < pos && pos <= end) keeperOf.set(id, offset);
          });
          const seen = new Set<string>();
          const tr = newState.tr;
          let changed = false;
          newState.doc.forEach((node, offset) => {
            if (!(BLOCK_TYPES as readonly string[]).includes(node.type.name)) return;
            const id = node.attrs.blockId as unknown;
            const keeper = typeof id === 'string' ? keeperOf.get(id) : undefined;
            if (
              typeof id === 'string' &&
              BLOCK_ID_PATTERN.test(id) &&
              !seen.has(id) &&
              (keeper === undefined || keeper === offset)
            ) {
              seen.add(id);
              return;
            }
            let fresh = generate();
            while (seen.has(fresh) || keeperOf.has(fresh)) fresh = generate();
            seen.add(fresh);
            tr.setNodeAttribute(offset, 'blockId', fresh);
            changed = true;
          });
          if (!changed) {
            checked.add(newState.doc);
            return null;
          }
          tr.setMeta('addToHistory', false);
          return tr;
        },
      }),
    ];
  },
});
