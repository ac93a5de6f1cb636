import ElectronStore from 'electron-store';
import { createRecoveringSettingsStore, type SettingsFileRecovery } from '../services/settings/recovering-settings-store';
import type { SettingsStore } from '../services/settings/settings-store';
import { SETTINGS_FILE_STEM, settingsFilePath, settingsStoreOptions } from '../services/settings/settings-store-options';

export interface ElectronSettingsStoreOptions {
  /** The folder of settings.json: `app.getPath('userData')`. */
  cwd: string;
  /** A damaged settings file was moved aside (never overwritten, D9); tell the user where. */
  onRecovered?: (recovery: SettingsFileRecovery) => void;
}

/**
 * The settings file through electron-store, with exactly the options, migrations and
 * recovery the services use with plain conf in the tests. electron-store is bundled into
 * main.cjs (see vite.electron.config.ts), so its ESM-only package is no problem for the
 * CommonJS bundle.
 */
export function createElectronSettingsStore(options: ElectronSettingsStoreOptions): SettingsStore {
  return createRecoveringSettingsStore({
    filePath: settingsFilePath(options.cwd),
    open: () => new ElectronStore<Record<string, unknown>>({ ...settingsStoreOptions, cwd: options.cwd, name: SETTINGS_FILE_STEM }),
    ...(options.onRecovered ? { onRecovered: options.onRecovered } : {}),
  });
}
