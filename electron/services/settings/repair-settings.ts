import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../../shared/settings/settings';

export interface RepairedSettings {
  settings: Settings;
  /** Fields that were present but invalid and were replaced by their defaults. */
  repairedFields: Array<keyof Settings>;
}

const SETTING_KEYS = Object.keys(SettingsSchema.shape) as Array<keyof Settings>;

/**
 * Valid settings from whatever a settings file held, field by field: each valid field is
 * kept, each invalid or missing one takes its default, unknown keys are dropped. A
 * hand-edited file with one typo therefore costs that one field, never the rest, and
 * never a crash.
 */
export function repairSettings(stored: unknown): RepairedSettings {
  const source: Record<string, unknown> =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const repairedFields: Array<keyof Settings> = [];
  const candidate: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    // Own properties only: a `__proto__` or `constructor` key must not reach the prototype.
    const present = Object.prototype.hasOwnProperty.call(source, key);
    const parsed = present ? SettingsSchema.shape[key].safeParse(source[key]) : undefined;
    if (parsed?.success) {
      candidate[key] = parsed.data;
    } else {
      candidate[key] = structuredClone(DEFAULT_SETTINGS[key]);
      if (present) repairedFields.push(key);
    }
  }
  // Every field is valid on its own; parsing the whole re-checks object-level rules.
  const whole = SettingsSchema.safeParse(candidate);
  if (!whole.success) return { settings: structuredClone(DEFAULT_SETTINGS), repairedFields: [...SETTING_KEYS] };
  return { settings: whole.data, repairedFields };
}
