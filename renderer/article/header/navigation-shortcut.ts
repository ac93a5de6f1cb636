/** The keys of the article navigator, shown in tooltips and `aria-keyshortcuts`. */
export const PREVIOUS_ARTICLE_KEYS = 'Alt+PageUp';
export const NEXT_ARTICLE_KEYS = 'Alt+PageDown';

interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  repeat?: boolean;
}

/** -1 for Alt+PageUp (previous article), +1 for Alt+PageDown (next), null for anything else. */
export function articleStep(event: KeyLike): -1 | 1 | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.repeat) return null;
  if (event.key === 'PageUp') return -1;
  if (event.key === 'PageDown') return 1;
  return null;
}
