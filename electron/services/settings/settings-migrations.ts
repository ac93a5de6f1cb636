import type { Options } from 'conf';

/**
 * Steps that bring an older settings file to the current format, for conf/electron-store's
 * `migrations` option. Keys are settings *format* versions written as semver
 * (`SETTINGS_SCHEMA_VERSION` 1 → '1.0.0'), see settings-store-options.ts.
 *
 * conf fills in `defaults` before it runs the steps, so every current key is already
 * present when a step runs: a step must let the old value win over that filled-in
 * default. Steps must also be harmless on a file that is already current, because a file
 * whose bookkeeping was lost (set aside as unreadable, or written by hand) has no recorded
 * version and gets every step again.
 */
export const settingsMigrations: NonNullable<Options<Record<string, unknown>>['migrations']> = {
  // Format 0 (before settings were versioned) called the interface language `language`.
  '1.0.0': (store) => {
    if (!store.has('language')) return;
    store.set('uiLanguage', store.get('language'));
    store.delete('language');
  },
};
