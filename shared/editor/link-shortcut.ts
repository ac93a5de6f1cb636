import { Extension } from '@tiptap/core';

/** The editor event a Mod-K press emits; the formatting toolbar answers it with its link dialog. */
export const LINK_REQUEST_EVENT = 'linkRequest';

declare module '@tiptap/core' {
  interface EditorEvents {
    /** Mod-K in an editable editor: someone (the toolbar) should ask for a link address. */
    linkRequest: { editor: Editor };
  }
}

/**
 * Mod-K asks for a link. The editor itself has no UI, so it only emits an event; without a
 * listener (exporters, tests) the key does nothing. In a read-only editor the key is left
 * to the browser.
 */
export const LinkShortcut = Extension.create({
  name: 'linkShortcut',

  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        if (!this.editor.isEditable) return false;
        this.editor.emit(LINK_REQUEST_EVENT, { editor: this.editor });
        return true;
      },
    };
  },
});
