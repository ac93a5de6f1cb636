import { createContext, useContext } from 'react';
import type { Settings, SettingsPatch } from '../../shared/settings/settings';

export interface SettingsState {
  settings: Settings;
  /** Applies at once (optimistically) and persists; reverts with an error notice if persisting fails. */
  update(patch: SettingsPatch): Promise<void>;
}

export const SettingsContext = createContext<SettingsState | null>(null);

export function useSettings(): SettingsState {
  const state = useContext(SettingsContext);
  if (!state) throw new Error('useSettings outside SettingsProvider');
  return state;
}
