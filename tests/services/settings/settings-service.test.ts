import fs from 'node:fs';
import Conf from 'conf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createConfSettingsStore } from '../../../electron/services/settings/conf-settings-store';
import { createSettingsService } from '../../../electron/services/settings/settings-service';
import {
  SETTINGS_FILE_STEM,
  settingsFilePath,
  settingsStoreOptions,
} from '../../../electron/services/settings/settings-store-options';
import { AppError } from '../../../shared/ipc/error-codes';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../shared/settings/settings';
import { useTempSettingsDir } from './use-temp-settings-dir';

const tempDir = useTempSettingsDir();

function readFileJson(cwd: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(settingsFilePath(cwd), 'utf8')) as Record<string, unknown>;
}

describe('settings service', () => {
  it('starts with the defaults when there is no settings file', async () => {
    const service = createSettingsService(createConfSettingsStore(tempDir()));
    expect(await service.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('persists an update that a new conf instance reads back from disk', async () => {
    const cwd = tempDir();
    const service = createSettingsService(createConfSettingsStore(cwd));
    const updated = await service.update({ uiLanguage: 'be', authorName: 'Алесь', visibleLanguages: ['be', 'en'] });
    expect(updated).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'be', authorName: 'Алесь', visibleLanguages: ['be', 'en'] });

    const reopened = new Conf<Record<string, unknown>>({ ...settingsStoreOptions, cwd, configName: SETTINGS_FILE_STEM });
    expect(reopened.path).toBe(settingsFilePath(cwd));
    expect(reopened.store).toEqual(updated);
    expect(await createSettingsService(createConfSettingsStore(cwd)).get()).toEqual(updated);
  });

  it('keeps earlier changes when a later update touches other fields', async () => {
    const service = createSettingsService(createConfSettingsStore(tempDir()));
    await service.update({ authorName: 'Ann' });
    await service.update({ defaultSourceLanguage: 'ru', uiLanguage: undefined });
    expect(await service.get()).toEqual({ ...DEFAULT_SETTINGS, authorName: 'Ann', defaultSourceLanguage: 'ru' });
  });

  it.each([
    ['an unknown language', { uiLanguage: 'fr' }],
    ['an unknown key', { theme: 'dark' }],
    ['a duplicated column', { visibleLanguages: ['en', 'en'] }],
    ['no columns', { visibleLanguages: [] }],
    ['a relative-looking non-string path', { libraryPath: 42 }],
    ['a prototype-polluting key', JSON.parse('{"__proto__": {"polluted": true}}') as unknown],
    ['not an object', 'uiLanguage=be'],
  ])('rejects %s as invalid-request and leaves the file alone', async (_label, patch) => {
    const cwd = tempDir();
    const service = createSettingsService(createConfSettingsStore(cwd));
    await service.update({ authorName: 'Before' });
    const before = fs.readFileSync(settingsFilePath(cwd), 'utf8');

    const failure = await service.update(patch as never).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('invalid-request');
    expect(fs.readFileSync(settingsFilePath(cwd), 'utf8')).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('repairs a hand-edited file field by field, keeping every valid value', async () => {
    const cwd = tempDir();
    fs.writeFileSync(
      settingsFilePath(cwd),
      JSON.stringify({ uiLanguage: 'ru', authorName: 12, visibleLanguages: ['ru', 'xx'], libraryPath: '/srv/bulletin', extra: 1 }),
    );
    const repaired: string[][] = [];
    const service = createSettingsService(createConfSettingsStore(cwd), { onRepaired: (fields) => repaired.push([...fields]) });
    expect(await service.get()).toEqual({
      ...DEFAULT_SETTINGS,
      uiLanguage: 'ru',
      libraryPath: '/srv/bulletin',
    });
    await service.get();
    expect(repaired).toEqual([['authorName', 'visibleLanguages']]);

    // The next save writes only valid values back.
    await service.update({ authorName: 'Fixed' });
    const { __internal__: _bookkeeping, ...onDisk } = readFileJson(cwd);
    expect(onDisk).toEqual({
      ...DEFAULT_SETTINGS,
      uiLanguage: 'ru',
      libraryPath: '/srv/bulletin',
      authorName: 'Fixed',
    });
  });

  it('never throws and always returns valid settings, whatever JSON the file holds', async () => {
    const cwd = tempDir();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.dictionary(fc.constantFrom('uiLanguage', 'libraryPath', 'authorName', 'defaultSourceLanguage', 'visibleLanguages', '__proto__', '__internal__'), fc.jsonValue()),
        ),
        async (content) => {
          fs.rmSync(cwd, { recursive: true, force: true });
          fs.mkdirSync(cwd, { recursive: true });
          fs.writeFileSync(settingsFilePath(cwd), JSON.stringify(content));
          const service = createSettingsService(createConfSettingsStore(cwd));
          expect(SettingsSchema.safeParse(await service.get()).success).toBe(true);
          expect(SettingsSchema.safeParse(await service.update({ authorName: 'x' })).success).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('runs on defaults and fails updates with a typed error when the store cannot be used', async () => {
    const readErrors: unknown[] = [];
    const broken = {
      read: () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      },
      write: () => {
        throw Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' });
      },
    };
    const service = createSettingsService(broken, { onReadError: (error) => readErrors.push(error) });
    expect(await service.get()).toEqual(DEFAULT_SETTINGS);
    expect(readErrors).toHaveLength(1);
    await expect(service.update({ authorName: 'x' })).rejects.toMatchObject({ name: 'AppError', code: 'disk-full' });
  });

  it('hands out copies, so a caller cannot change the stored settings by mutation', async () => {
    const service = createSettingsService(createConfSettingsStore(tempDir()));
    const first = await service.get();
    first.visibleLanguages.push('ru');
    expect(await service.get()).toEqual(DEFAULT_SETTINGS);
  });
});
