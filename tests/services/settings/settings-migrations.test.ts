import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createConfSettingsStore } from '../../../electron/services/settings/conf-settings-store';
import { createSettingsService } from '../../../electron/services/settings/settings-service';
import { SETTINGS_PROJECT_VERSION, settingsFilePath } from '../../../electron/services/settings/settings-store-options';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { useTempSettingsDir } from './use-temp-settings-dir';

const tempDir = useTempSettingsDir();

function fileJson(cwd: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(settingsFilePath(cwd), 'utf8')) as Record<string, unknown>;
}

describe('settings migrations', () => {
  it('brings a format-0 file (`language` instead of `uiLanguage`) to the current format', async () => {
    const cwd = tempDir();
    fs.writeFileSync(settingsFilePath(cwd), JSON.stringify({ language: 'ru', authorName: 'Ілля' }));

    const service = createSettingsService(createConfSettingsStore(cwd));
    expect(await service.get()).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'ru', authorName: 'Ілля' });

    const onDisk = fileJson(cwd);
    expect(onDisk).not.toHaveProperty('language');
    expect(onDisk).toMatchObject({ uiLanguage: 'ru', authorName: 'Ілля' });
    expect(onDisk.__internal__).toEqual({ migrations: { version: SETTINGS_PROJECT_VERSION } });
  });

  it('repairs an invalid migrated value like any other field', async () => {
    const cwd = tempDir();
    fs.writeFileSync(settingsFilePath(cwd), JSON.stringify({ language: 'klingon', authorName: 'A' }));
    expect(await createSettingsService(createConfSettingsStore(cwd)).get()).toEqual({ ...DEFAULT_SETTINGS, authorName: 'A' });
  });

  it('leaves a current file without bookkeeping unchanged, and records the version', async () => {
    const cwd = tempDir();
    const current = { ...DEFAULT_SETTINGS, uiLanguage: 'be' as const };
    fs.writeFileSync(settingsFilePath(cwd), JSON.stringify(current));
    expect(await createSettingsService(createConfSettingsStore(cwd)).get()).toEqual(current);
    expect(fileJson(cwd)).toEqual({ ...current, __internal__: { migrations: { version: SETTINGS_PROJECT_VERSION } } });
  });

  it('starts a new file at the current version without running any step', async () => {
    const cwd = tempDir();
    const service = createSettingsService(createConfSettingsStore(cwd));
    await service.update({ uiLanguage: 'be' });
    expect(fileJson(cwd).__internal__).toEqual({ migrations: { version: SETTINGS_PROJECT_VERSION } });
    // Opening again is a no-op: the version is recorded, so the step does not run twice.
    const before = fs.readFileSync(settingsFilePath(cwd), 'utf8');
    await createSettingsService(createConfSettingsStore(cwd)).get();
    expect(fs.readFileSync(settingsFilePath(cwd), 'utf8')).toBe(before);
  });
});
