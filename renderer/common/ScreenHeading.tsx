import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The screen's h1. It takes focus when the screen appears, so keyboard and screen-reader
 * users land at the top of the new screen instead of on a button that no longer exists.
 */
export function ScreenHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // After the first paint: focusing forces a layout, and on the article screen the editors
    // are still being attached at this point, so focusing now would lay the page out twice
    // (measured ~20 ms of a 150 ms open).
    const frame = requestAnimationFrame(() => {
      // Do not steal focus from a field the user is already typing in.
      const active = document.activeElement;
      if (!active || active === document.body) ref.current?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={['screen-heading', className].filter(Boolean).join(' ')}>
      {children}
    </h1>
  );
}
