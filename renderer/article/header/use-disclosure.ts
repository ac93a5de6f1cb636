import { useCallback, useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

export interface Disclosure {
  open: boolean;
  toggle(): void;
  /** Closes; with `refocus` the focus goes back to the button that opened it. */
  close(refocus?: boolean): void;
  /** On the element holding both the button and its panel. */
  wrapperRef: RefObject<HTMLDivElement | null>;
  buttonRef: RefObject<HTMLButtonElement | null>;
  /** Spread on the wrapper: Esc closes and refocuses the button; tabbing out closes. */
  wrapperProps: {
    onKeyDown(event: KeyboardEvent<HTMLElement>): void;
    onBlur(event: FocusEvent<HTMLElement>): void;
  };
}

/**
 * A button that shows and hides a panel next to it (the disclosure pattern: no menu
 * roles, so the panel can hold ordinary checkboxes and buttons). The panel closes on Esc,
 * on a click elsewhere and when the focus moves out of it.
 */
export function useDisclosure(): Disclosure {
  const [open, setOpen] = useState(false);
  const wrapperRef = useRef<HTMLDivElement | null>(null);
  const buttonRef = useRef<HTMLButtonElement | null>(null);

  const close = useCallback((refocus = false) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  }, []);
  const toggle = useCallback(() => setOpen((was) => !was), []);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && wrapperRef.current?.contains(event.target)) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  return {
    open,
    toggle,
    close,
    wrapperRef,
    buttonRef,
    wrapperProps: {
      onKeyDown(event) {
        if (event.key !== 'Escape' || !open) return;
        event.preventDefault();
        event.stopPropagation();
        close(true);
      },
      onBlur(event) {
        // Only a focus that lands somewhere else closes it: a button that becomes disabled
        // under the focus blurs to nothing, and the panel should stay open then.
        const next = event.relatedTarget;
        if (open && next instanceof Node && !event.currentTarget.contains(next)) setOpen(false);
      },
    },
  };
}
