import { AppError } from '../../../shared/ipc/error-codes';
import {
  DEFAULT_SETTINGS,
  SettingsPatchSchema,
  SettingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../../shared/settings/settings';
import { toFsError } from '../fs/fs-error';
import { repairSettings } from './repair-settings';
import type { SettingsStore } from './settings-store';

export interface SettingsService {
  /** The current settings, always valid: damaged fields read as their defaults. */
  get(): Promise<Settings>;
  /** Validates and applies a partial change; returns the settings as now stored. */
  update(patch: SettingsPatch): Promise<Settings>;
}

export interface SettingsServiceOptions {
  /** Stored fields that were invalid and read as defaults (reported once per distinct set). */
  onRepaired?: (fields: ReadonlyArray<keyof Settings>) => void;
  /** The store could not be read at all; the app runs on defaults meanwhile. */
  onReadError?: (error: unknown) => void;
}

/**
 * Settings logic over any `SettingsStore`: zod validation on the way in, field-by-field
 * repair on the way out, so neither a bad request nor a hand-edited file can crash the
 * app or spread an invalid value.
 */
export function createSettingsService(store: SettingsStore, options: SettingsServiceOptions = {}): SettingsService {
  let lastReportedRepair = '';

  const current = (): Settings => {
    let stored: unknown;
    try {
      stored = store.read();
    } catch (error) {
      options.onReadError?.(error);
      return structuredClone(DEFAULT_SETTINGS);
    }
    const { settings, repairedFields } = repairSettings(stored);
    const repairKey = repairedFields.join(',');
    if (repairKey !== lastReportedRepair) {
      lastReportedRepair = repairKey;
      if (repairedFields.length > 0) options.onRepaired?.(repairedFields);
    }
    return settings;
  };

  return {
    async get() {
      return current();
    },

    async update(patch) {
      const parsed = SettingsPatchSchema.safeParse(patch);
      if (!parsed.success) {
        throw new AppError('invalid-request', 'invalid settings change', parsed.error.issues[0]?.message);
      }
      // `{ key: undefined }` passes a partial schema; it means "no change", not "unset".
      const changes = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
      const next = SettingsSchema.parse({ ...current(), ...changes });
      try {
        store.write(next);
      } catch (error) {
        if (error instanceof AppError) throw error;
        const fsError = toFsError(error, 'settings');
        throw new AppError(fsError.code, 'the settings could not be saved', fsError.errno);
      }
      return structuredClone(next);
    },
  };
}
