import path from 'node:path';
import type { Handlers } from '../../../shared/ipc/dispatcher';
import { AppError } from '../../../shared/ipc/error-codes';
import type { SettingsService } from '../settings/settings-service';
import type { DesktopPort } from './desktop-port';

type DesktopHandlers = Pick<Handlers, 'library:choose-folder' | 'app:restart'>;

function requireDesktop(desktop: DesktopPort | undefined): DesktopPort {
  if (!desktop) throw new AppError('invalid-operation', 'only the desktop app can do this');
  return desktop;
}

/**
 * Changing the library folder takes effect at the next start: the running services hold
 * the current library's lock and write queues, and switching them under open editors
 * would risk exactly the cross-document writes D5 forbids.
 */
export function createDesktopHandlers(deps: { desktop: DesktopPort | undefined; settings: SettingsService; currentLibraryDir: string }): DesktopHandlers {
  return {
    'library:choose-folder': async () => {
      const chosen = await requireDesktop(deps.desktop).chooseFolder();
      if (chosen === null) return { path: null, restartRequired: false };
      if (!path.isAbsolute(chosen)) throw new AppError('invalid-request', 'the folder path is not absolute');
      const folder = path.resolve(chosen);
      if (folder === path.resolve(deps.currentLibraryDir)) return { path: folder, restartRequired: false };
      await deps.settings.update({ libraryPath: folder });
      return { path: folder, restartRequired: true };
    },
    'app:restart': async () => {
      requireDesktop(deps.desktop).restart();
      return {};
    },
  };
}
