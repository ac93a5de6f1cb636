import { createContext, useContext } from 'react';

/** App-wide commands reachable from a button, a shortcut and the app menu alike. */
export interface ShellActions {
  createNextIssue(): Promise<void>;
  openSettings(): void;
}

export const ShellActionsContext = createContext<ShellActions | null>(null);

export function useShellActions(): ShellActions {
  const actions = useContext(ShellActionsContext);
  if (!actions) throw new Error('useShellActions outside Shell');
  return actions;
}
