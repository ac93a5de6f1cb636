import type { Settings } from '../../../shared/settings/settings';

/**
 * Where the settings live. Deliberately dumb: it hands back whatever the file holds
 * (a hand-edited or synced file is untrusted input) and writes what it is given;
 * validation, repair and defaults belong to the settings service.
 */
export interface SettingsStore {
  /** The stored settings as found, unvalidated; undefined when there are none. */
  read(): unknown;
  /** Replaces the stored settings with an already validated value. */
  write(value: Settings): void;
}
