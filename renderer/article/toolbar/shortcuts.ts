/** A shortcut as TipTap spells it: modifiers then one key, e.g. ['Mod', 'Shift', 'S']. */
export type Shortcut = readonly string[];

export const IS_MAC = /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '');

const MAC_SYMBOLS: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃' };
const PC_NAMES: Record<string, string> = { Mod: 'Ctrl', Ctrl: 'Ctrl', Shift: 'Shift', Alt: 'Alt' };

/** How a tooltip shows the keys: ⌘⇧S on macOS, Ctrl+Shift+S elsewhere. */
export function formatShortcut(keys: Shortcut, mac = IS_MAC): string {
  return mac ? keys.map((k) => MAC_SYMBOLS[k] ?? k).join('') : keys.map((k) => PC_NAMES[k] ?? k).join('+');
}

/** The same keys for `aria-keyshortcuts` (WAI-ARIA names: Control, Meta, Shift, Alt). */
export function ariaShortcut(keys: Shortcut, mac = IS_MAC): string {
  return keys.map((k) => (k === 'Mod' ? (mac ? 'Meta' : 'Control') : k === 'Ctrl' ? 'Control' : k)).join('+');
}

export const SHORTCUTS = {
  paragraph: ['Mod', 'Alt', '0'],
  heading: ['Mod', 'Alt', '2'],
  subheading: ['Mod', 'Alt', '3'],
  bold: ['Mod', 'B'],
  italic: ['Mod', 'I'],
  strike: ['Mod', 'Shift', 'S'],
  link: ['Mod', 'K'],
  bulletList: ['Mod', 'Shift', '8'],
  orderedList: ['Mod', 'Shift', '7'],
  blockquote: ['Mod', 'Shift', 'B'],
  undo: ['Mod', 'Z'],
  // StarterKit binds both Mod-Shift-Z and Mod-Y; show the one each platform expects.
  redo: IS_MAC ? ['Mod', 'Shift', 'Z'] : ['Mod', 'Y'],
} as const satisfies Record<string, Shortcut>;
