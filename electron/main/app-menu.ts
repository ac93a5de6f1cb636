import type { MenuItemConstructorOptions } from 'electron';
import type { EventPayload } from '../../shared/ipc/contract';

export type MenuCommand = EventPayload<'menu:command'>['command'];

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Reload would drop in-flight editor state (D5), so it exists only in development. */
  allowReload: boolean;
  /** DevTools only in unpackaged builds. */
  allowDevTools: boolean;
  /** Commands the renderer performs: sent to it as a `menu:command` event. */
  onCommand(command: MenuCommand): void;
  /** Opens the library folder in the system file manager; handled in main. */
  onShowLibraryFolder(): void;
}

/**
 * The application menu as a plain template (built with `Menu.buildFromTemplate` in the
 * wiring), so what it offers in packaged builds is tested without Electron.
 * Roles give platform-native behaviour and labels for free.
 */
export function appMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const settingsItem: MenuItemConstructorOptions = {
    id: 'open-settings',
    label: isMac ? 'Settings…' : 'Settings',
    accelerator: 'CmdOrCtrl+,',
    click: () => options.onCommand('open-settings'),
  };

  const macAppMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      settingsItem,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { id: 'new-issue', label: 'New Issue', accelerator: 'CmdOrCtrl+N', click: () => options.onCommand('new-issue') },
      { type: 'separator' },
      { id: 'show-library-folder', label: 'Show Library Folder', click: () => options.onShowLibraryFolder() },
      ...(isMac
        ? [{ type: 'separator' } as const, { role: 'close' } as const]
        : [{ type: 'separator' } as const, settingsItem, { type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(options.allowReload ? [{ role: 'reload' } as const, { role: 'forceReload' } as const] : []),
      ...(options.allowDevTools ? [{ role: 'toggleDevTools' } as const] : []),
      ...(options.allowReload || options.allowDevTools ? [{ type: 'separator' } as const] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: 'Window',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    submenu: isMac ? [] : [{ role: 'about' }],
  };

  return [...(isMac ? [macAppMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
