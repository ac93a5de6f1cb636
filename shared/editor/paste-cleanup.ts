import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { cleanPastedHtml } from './paste/clean-pasted-html';
import { cleanPastedText } from './paste/clean-pasted-text';

export const pasteCleanupPluginKey = new PluginKey('pasteCleanup');

/**
 * X1: every HTML that enters an editor from outside — paste, and drop, which ProseMirror
 * sends through the same clipboard parser — is cleaned before the schema parses it.
 * The browser's DOMParser gives an inert document (no script runs, no image loads, no
 * event handler fires), so clutter and payloads are removed without ever being live.
 *
 * A ProseMirror plugin prop rather than `editorProps`: the renderer replaces editorProps
 * (the accessible name follows the UI language), plugins stay.
 */
export const PasteCleanup = Extension.create({
  name: 'pasteCleanup',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: pasteCleanupPluginKey,
        props: {
          transformPastedHTML: (html) => {
            const Parser = globalThis.DOMParser;
            // Without a DOM parser nothing can be checked: paste nothing rather than unchecked HTML.
            if (typeof Parser !== 'function') return '';
            return cleanPastedHtml(new Parser().parseFromString(html, 'text/html'));
          },
          transformPastedText: (text) => cleanPastedText(text),
        },
      }),
    ];
  },
});
