import { createContext, useContext } from 'react';
import type { Screen } from './screen';

/** Runs before the current screen is left; resolves false to stay (e.g. a save failed). */
export type LeaveGuard = () => Promise<boolean>;

export interface Navigation {
  current: Screen;
  canGoBack: boolean;
  open(screen: Screen): Promise<boolean>;
  back(): Promise<boolean>;
  /** Back to the library, dropping the stack (menu "Show library"). */
  home(): Promise<boolean>;
  /** Replaces the current screen without leaving it (no guard), e.g. after a reload. */
  replace(screen: Screen): void;
  /** Leaves the current screen (through its leave guard) for a sibling, e.g. the next article: Back still returns to the issue. */
  switchTo(screen: Screen): Promise<boolean>;
  setLeaveGuard(guard: LeaveGuard | null): void;
}

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation outside NavigationProvider');
  return navigation;
}
