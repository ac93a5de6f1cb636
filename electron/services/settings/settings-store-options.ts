import path from 'node:path';
import type { Options } from 'conf';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA_VERSION } from '../../../shared/settings/settings';
import { settingsMigrations } from './settings-migrations';

/** The settings file is `<cwd>/settings.json`. */
export const SETTINGS_FILE_STEM = 'settings';

/**
 * conf's `projectVersion`: the settings *format* version, not the app version, so the
 * bookkeeping only moves when the format does, and tests, the CLI, the browser transport
 * and Electron (whose electron-store would otherwise use `app.getVersion()`) all agree.
 */
export const SETTINGS_PROJECT_VERSION = `${SETTINGS_SCHEMA_VERSION}.0.0`;

/**
 * The one options object for the settings file, shared by `new Conf(...)` (tests, CLI,
 * browser transport) and electron-store (the Electron adapter). Add the location per
 * library, because the two spell the file name differently:
 *
 *     new Conf({ ...settingsStoreOptions, cwd, configName: SETTINGS_FILE_STEM })
 *     new ElectronStore({ ...settingsStoreOptions, cwd, name: SETTINGS_FILE_STEM })
 *
 * and open either through `createRecoveringSettingsStore`, which keeps a corrupt file.
 *
 * No `schema`: conf's JSON-schema check is all-or-nothing. With `clearInvalidConfig:
 * false` one bad field in a hand-edited file makes the constructor throw (the app would
 * not start); with `true` the whole file is wiped. The settings service validates with
 * the zod schema instead and repairs field by field, keeping every valid value.
 */
export const settingsStoreOptions: Readonly<Partial<Options<StoredSettings>>> = {
  defaults: DEFAULT_SETTINGS,
  projectVersion: SETTINGS_PROJECT_VERSION,
  migrations: settingsMigrations,
  // A file conf cannot parse must never be replaced by `{}` behind the user's back: it
  // throws instead, and createRecoveringSettingsStore moves the file aside first.
  clearInvalidConfig: false,
  // Keys are plain names; a dotted key in a hand-edited file must not become a path.
  accessPropertiesByDotNotation: false,
  // Only this process writes the file; a watcher would also keep test processes alive.
  watch: false,
};

/**
 * What the file holds as far as conf knows: anything (the settings service validates).
 * Typed this way so `new Conf({ ...settingsStoreOptions })` infers no narrower type.
 */
export type StoredSettings = Record<string, unknown>;

/** Where conf/electron-store keep the settings for a given `cwd`. */
export function settingsFilePath(cwd: string): string {
  return path.resolve(cwd, `${SETTINGS_FILE_STEM}.json`);
}
