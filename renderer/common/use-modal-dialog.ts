import { useEffect, useRef } from 'react';

export interface ModalDialogOptions {
  /** Puts the focus where the dialog wants it first (an input, the safe button). */
  focus?: () => void;
  /** Gives the focus back to the control that opened the dialog when it closes. */
  restoreFocus?: boolean;
}

/**
 * Opens a `<dialog>` as modal for the component's life (the browser traps focus and turns
 * Esc into a cancel event) and closes it on unmount. Returns the ref for the element.
 */
export function useModalDialog(options: ModalDialogOptions = {}) {
  const ref = useRef<HTMLDialogElement>(null);
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    const dialog = ref.current;
    const opener = latest.current.restoreFocus && document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    latest.current.focus?.();
    return () => {
      dialog?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return ref;
}
