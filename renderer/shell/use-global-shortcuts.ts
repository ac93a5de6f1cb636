import { useEffect, useRef } from 'react';

export interface GlobalShortcutHandlers {
  newIssue(): void;
  back(): void;
  openSettings(): void;
}

const IS_MAC = /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '');

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}

/**
 * Ctrl/Cmd+N (new issue), Ctrl/Cmd+, (settings), Alt+Left (back). In Electron the menu
 * accelerators usually win and arrive as `menu:command` instead; in a browser these keys
 * are the only way. Nothing fires behind an open modal dialog.
 */
export function useGlobalShortcuts(handlers: GlobalShortcutHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Plain typing returns here at once: this runs on every keystroke in the editors.
      if (event.defaultPrevented || (!event.ctrlKey && !event.metaKey && !event.altKey)) return;
      if (document.querySelector('dialog[open]')) return;
      const primary = IS_MAC ? event.metaKey : event.ctrlKey;
      if (primary && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        latest.current.newIssue();
      } else if (primary && !event.altKey && event.key === ',') {
        event.preventDefault();
        latest.current.openSettings();
      } else if (event.altKey && !primary && !event.shiftKey && event.key === 'ArrowLeft') {
        // On macOS Option+Left moves by word inside text; leave that alone.
        if (IS_MAC && isEditable(event.target)) return;
        event.preventDefault();
        latest.current.back();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
