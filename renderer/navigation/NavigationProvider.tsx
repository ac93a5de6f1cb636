import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { NavigationContext, type LeaveGuard, type Navigation } from './navigation-context';
import type { Screen } from './screen';

/**
 * A screen stack instead of a router: the app has four screens and no URLs to keep.
 * Every move first awaits the current screen's leave guard, so an article's pending
 * save is written (and bound to that article) before another screen mounts (D5).
 */
export function NavigationProvider({ children }: { children: ReactNode }) {
  const [stack, setStack] = useState<Screen[]>([{ kind: 'library' }]);
  const guard = useRef<LeaveGuard | null>(null);
  const moving = useRef(false);

  const leaveThen = useCallback(async (change: (stack: Screen[]) => Screen[]) => {
    // A second request while the first is still flushing would race it; drop it.
    if (moving.current) return false;
    moving.current = true;
    try {
      const leave = guard.current;
      if (leave && !(await leave())) return false;
      guard.current = null;
      setStack(change);
      return true;
    } finally {
      moving.current = false;
    }
  }, []);

  const open = useCallback((screen: Screen) => leaveThen((s) => [...s, screen]), [leaveThen]);
  const back = useCallback(() => leaveThen((s) => (s.length > 1 ? s.slice(0, -1) : s)), [leaveThen]);
  const home = useCallback(() => leaveThen(() => [{ kind: 'library' }]), [leaveThen]);
  const replace = useCallback((screen: Screen) => setStack((s) => [...s.slice(0, -1), screen]), []);
  const switchTo = useCallback((screen: Screen) => leaveThen((s) => [...s.slice(0, -1), screen]), [leaveThen]);
  const setLeaveGuard = useCallback((next: LeaveGuard | null) => {
    guard.current = next;
  }, []);

  const current = stack[stack.length - 1] ?? { kind: 'library' };
  const value = useMemo<Navigation>(
    () => ({ current, canGoBack: stack.length > 1, open, back, home, replace, switchTo, setLeaveGuard }),
    [current, stack.length, open, back, home, replace, switchTo, setLeaveGuard],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}
