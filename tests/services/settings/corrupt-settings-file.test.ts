import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConfSettingsStore } from '../../../electron/services/settings/conf-settings-store';
import type { SettingsFileRecovery } from '../../../electron/services/settings/recovering-settings-store';
import { createSettingsService } from '../../../electron/services/settings/settings-service';
import { settingsFilePath } from '../../../electron/services/settings/settings-store-options';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { useTempSettingsDir } from './use-temp-settings-dir';

const tempDir = useTempSettingsDir();

function backupsIn(cwd: string): string[] {
  return fs
    .readdirSync(cwd)
    .filter((name) => name.startsWith('settings.json.unreadable-'))
    .map((name) => path.join(cwd, name));
}

describe('a settings file that cannot be read', () => {
  it.each([
    ['truncated JSON', '{"uiLanguage": "be", "authorName": "Ал'],
    ['NUL bytes', '\u0000\u0000\u0000\u0000'],
    ['an empty file', ''],
    ['a JSON array', '["be"]'],
    ['a bare JSON string', '"be"'],
    ['JSON null', 'null'],
  ])('with %s: the app starts on defaults and the original bytes are kept', async (_label, content) => {
    const cwd = tempDir();
    fs.writeFileSync(settingsFilePath(cwd), content);
    const recoveries: SettingsFileRecovery[] = [];
    const service = createSettingsService(createConfSettingsStore(cwd, { onRecovered: (r) => recoveries.push(r) }));

    expect(await service.get()).toEqual(DEFAULT_SETTINGS);
    const backups = backupsIn(cwd);
    expect(backups).toHaveLength(1);
    expect(fs.readFileSync(backups[0]!, 'utf8')).toBe(content);
    expect(recoveries).toEqual([{ backupPath: backups[0], reason: 'unparseable' }]);

    // Saving works again, and never touches the backup.
    await service.update({ authorName: 'After' });
    expect(await createSettingsService(createConfSettingsStore(cwd)).get()).toMatchObject({ authorName: 'After' });
    expect(fs.readFileSync(backups[0]!, 'utf8')).toBe(content);
  });

  it('never overwrites an earlier backup', async () => {
    const cwd = tempDir();
    const fixed = new Date('2030-01-02T03:04:05.678Z');
    for (const content of ['{broken 1', '{broken 2', '{broken 3']) {
      fs.writeFileSync(settingsFilePath(cwd), content);
      await createSettingsService(createConfSettingsStore(cwd, { now: () => fixed })).get();
    }
    const kept = backupsIn(cwd).map((file) => fs.readFileSync(file, 'utf8'));
    expect(kept.sort()).toEqual(['{broken 1', '{broken 2', '{broken 3']);
  });

  it('is recovered when it is damaged while the app runs', async () => {
    const cwd = tempDir();
    const service = createSettingsService(createConfSettingsStore(cwd));
    await service.update({ authorName: 'Before' });
    fs.writeFileSync(settingsFilePath(cwd), '{"authorName": "half-writ');

    expect(await service.get()).toEqual(DEFAULT_SETTINGS);
    expect(backupsIn(cwd).map((file) => fs.readFileSync(file, 'utf8'))).toEqual(['{"authorName": "half-writ']);
    await service.update({ authorName: 'Again' });
    expect(await service.get()).toMatchObject({ authorName: 'Again' });
  });

  it('reads a file saved with a byte order mark as a normal file', async () => {
    const cwd = tempDir();
    fs.writeFileSync(settingsFilePath(cwd), `\uFEFF${JSON.stringify({ uiLanguage: 'be' })}`);
    expect(await createSettingsService(createConfSettingsStore(cwd)).get()).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'be' });
    expect(backupsIn(cwd)).toEqual([]);
  });
});
