import Conf from 'conf';
import { createRecoveringSettingsStore, type SettingsFileRecovery } from './recovering-settings-store';
import type { SettingsStore } from './settings-store';
import { SETTINGS_FILE_STEM, settingsFilePath, settingsStoreOptions } from './settings-store-options';

export interface ConfSettingsStoreOptions {
  onRecovered?: (recovery: SettingsFileRecovery) => void;
  now?: () => Date;
}

/**
 * The settings file in `cwd` (an absolute folder) through plain conf: what tests, the
 * CLI and the browser transport use. Electron uses electron-store with the same options.
 */
export function createConfSettingsStore(cwd: string, options: ConfSettingsStoreOptions = {}): SettingsStore {
  return createRecoveringSettingsStore({
    filePath: settingsFilePath(cwd),
    open: () => new Conf<Record<string, unknown>>({ ...settingsStoreOptions, cwd, configName: SETTINGS_FILE_STEM }),
    ...options,
  });
}
