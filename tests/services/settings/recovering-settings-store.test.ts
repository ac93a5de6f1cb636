import fs from 'node:fs';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import {
  createRecoveringSettingsStore,
  type SettingsFileRecovery,
} from '../../../electron/services/settings/recovering-settings-store';
import {
  SETTINGS_FILE_STEM,
  settingsFilePath,
  settingsStoreOptions,
} from '../../../electron/services/settings/settings-store-options';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { useTempSettingsDir } from './use-temp-settings-dir';

const tempDir = useTempSettingsDir();

describe('recovering settings store', () => {
  it('sets the file aside and starts afresh when conf refuses to open it', () => {
    const cwd = tempDir();
    const filePath = settingsFilePath(cwd);
    fs.writeFileSync(filePath, '{"uiLanguage":"be"}');
    const recoveries: SettingsFileRecovery[] = [];
    let attempts = 0;
    const store = createRecoveringSettingsStore({
      filePath,
      open: () => {
        attempts += 1;
        if (attempts === 1) throw new Error('Something went wrong during the migration!');
        return new Conf<Record<string, unknown>>({ ...settingsStoreOptions, cwd, configName: SETTINGS_FILE_STEM });
      },
      onRecovered: (recovery) => recoveries.push(recovery),
    });

    expect(store.read()).toEqual(DEFAULT_SETTINGS);
    expect(recoveries).toHaveLength(1);
    expect(recoveries[0]).toMatchObject({ reason: 'open-failed' });
    expect(fs.readFileSync(recoveries[0]!.backupPath, 'utf8')).toBe('{"uiLanguage":"be"}');
  });

  it('leaves a file alone when opening fails for a file-system reason, and retries later', () => {
    const cwd = tempDir();
    const filePath = settingsFilePath(cwd);
    fs.writeFileSync(filePath, '{"uiLanguage":"ru"}');
    let busy = true;
    const store = createRecoveringSettingsStore({
      filePath,
      open: () => {
        if (busy) throw Object.assign(new Error('EBUSY: resource busy'), { code: 'EBUSY' });
        return new Conf<Record<string, unknown>>({ ...settingsStoreOptions, cwd, configName: SETTINGS_FILE_STEM });
      },
    });
    expect(() => store.read()).toThrow('EBUSY');
    expect(fs.readdirSync(cwd)).toEqual(['settings.json']);
    busy = false;
    expect(store.read()).toMatchObject({ uiLanguage: 'ru' });
  });

  it('reports an error it cannot recover from instead of hiding it', () => {
    const cwd = tempDir();
    const store = createRecoveringSettingsStore({
      filePath: settingsFilePath(cwd),
      open: () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      },
    });
    // No file to set aside: the error is the caller's (the service falls back to defaults).
    expect(() => store.read()).toThrow('EACCES');
  });

  it('opens lazily, so constructing it never throws', () => {
    let opened = false;
    createRecoveringSettingsStore({
      filePath: settingsFilePath(tempDir()),
      open: () => {
        opened = true;
        throw new Error('not yet');
      },
    });
    expect(opened).toBe(false);
  });
});

describe('a write over a file damaged since it was read', () => {
  it('keeps the damaged file before replacing it', () => {
    const cwd = tempDir();
    const filePath = settingsFilePath(cwd);
    const recoveries: SettingsFileRecovery[] = [];
    const store = createRecoveringSettingsStore({
      filePath,
      open: () => new Conf<Record<string, unknown>>({ ...settingsStoreOptions, cwd, configName: SETTINGS_FILE_STEM }),
      onRecovered: (recovery) => recoveries.push(recovery),
    });
    store.read();
    fs.writeFileSync(filePath, '{"authorName": "typed by hand, not fin');
    store.write({ ...DEFAULT_SETTINGS, authorName: 'From the app' });
    expect(recoveries).toHaveLength(1);
    expect(fs.readFileSync(recoveries[0]!.backupPath, 'utf8')).toBe('{"authorName": "typed by hand, not fin');
    expect(store.read()).toMatchObject({ authorName: 'From the app' });
  });
});

describe('settingsStoreOptions', () => {
  it('never lets conf clear or reject a whole file', () => {
    // A conf `schema` would make one invalid field block startup (or wipe the file with
    // clearInvalidConfig): validation is the settings service's, field by field.
    expect(settingsStoreOptions).not.toHaveProperty('schema');
    expect(settingsStoreOptions.clearInvalidConfig).toBe(false);
    expect(settingsStoreOptions.defaults).toEqual(DEFAULT_SETTINGS);
  });

  it('names the file the way both conf and electron-store resolve it', () => {
    const cwd = tempDir();
    const conf = new Conf({ ...settingsStoreOptions, cwd, configName: SETTINGS_FILE_STEM });
    expect(conf.path).toBe(settingsFilePath(cwd));
  });
});
