import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { BlockId, type BlockIdOptions } from './block-id';
import { isAllowedHref, LINK_PROTOCOLS } from './link-policy';
import { PasteCleanup } from './paste-cleanup';
import { LinkShortcut } from './link-shortcut';

/** Article bodies use two heading levels; the article title is the page's first level. */
export const HEADING_LEVELS: readonly number[] = [2, 3];

export interface EditorPresetOptions {
  generateBlockId?: BlockIdOptions['generate'];
}

/**
 * The one document schema. The renderer's editors and the exporters both build from this
 * preset, so a saved document always loads and always exports. What is not here (code,
 * underline, images) is not part of a bulletin article.
 */
export function createEditorExtensions(options: EditorPresetOptions = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      code: false,
      codeBlock: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        protocols: [...LINK_PROTOCOLS],
        defaultProtocol: 'https',
        isAllowedUri: (url) => isAllowedHref(url),
        shouldAutoLink: (url) => isAllowedHref(url.includes(':') ? url : `https://${url}`),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    BlockId.configure(options.generateBlockId ? { generate: options.generateBlockId } : {}),
    PasteCleanup,
    LinkShortcut,
  ];
}
