import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../electron/services/create-services';
import type { DesktopPort } from '../../../electron/services/desktop/desktop-port';
import { createConfSettingsStore } from '../../../electron/services/settings/conf-settings-store';
import { createSettingsService } from '../../../electron/services/settings/settings-service';
import { createClient } from '../../../shared/ipc/client';
import { createDispatcher } from '../../../shared/ipc/dispatcher';
import { createInMemoryTransport } from '../../../shared/ipc/in-memory-transport';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function start(desktop?: DesktopPort) {
  const root = mkdtempSync(path.join(tmpdir(), 'triptych-desktop-'));
  cleanup.push(() => rmSync(root, { recursive: true, force: true }));
  const settingsDir = path.join(root, 'settings');
  const settings = createSettingsService(createConfSettingsStore(settingsDir));
  const services: Services = await createServices({ libraryDir: path.join(root, 'library'), settings, desktop });
  cleanup.push(() => services.dispose());
  const ipc = createClient(createInMemoryTransport(createDispatcher(services.handlers, { validateResponses: true })));
  return { root, ipc, settingsDir, libraryDir: path.join(root, 'library') };
}

describe('changing the library folder', () => {
  it('is refused with a clear code where there is no desktop shell (browser dev mode)', async () => {
    const { ipc } = await start();
    expect((await ipc.call('library:info', {})).canChangeFolder).toBe(false);
    await expect(ipc.call('library:choose-folder', {})).rejects.toMatchObject({ code: 'invalid-operation' });
    await expect(ipc.call('app:restart', {})).rejects.toMatchObject({ code: 'invalid-operation' });
  });

  it('stores the chosen folder for the next start and asks for a restart; cancelling changes nothing', async () => {
    let answer: string | null = null;
    let restarts = 0;
    const { ipc, root, settingsDir } = await start({ chooseFolder: async () => answer, restart: () => void restarts++ });
    expect((await ipc.call('library:info', {})).canChangeFolder).toBe(true);

    expect(await ipc.call('library:choose-folder', {})).toEqual({ path: null, restartRequired: false });
    expect((await ipc.call('settings:get', {})).libraryPath).toBeNull();

    answer = path.join(root, 'Другая бібліятэка');
    expect(await ipc.call('library:choose-folder', {})).toEqual({ path: answer, restartRequired: true });
    // Persisted: a fresh settings service on the same file reads it back.
    expect((await createSettingsService(createConfSettingsStore(settingsDir)).get()).libraryPath).toBe(answer);

    await ipc.call('app:restart', {});
    expect(restarts).toBe(1);
  });

  it('choosing the library that is already open needs no restart', async () => {
    let folder = '';
    const started = await start({ chooseFolder: async () => folder, restart: () => undefined });
    folder = started.libraryDir;
    expect(await started.ipc.call('library:choose-folder', {})).toEqual({ path: folder, restartRequired: false });
    expect((await started.ipc.call('settings:get', {})).libraryPath).toBeNull();
  });

  it('refuses a relative path from the dialog', async () => {
    const { ipc } = await start({ chooseFolder: async () => 'relative/lib', restart: () => undefined });
    await expect(ipc.call('library:choose-folder', {})).rejects.toMatchObject({ code: 'invalid-request' });
  });
});
