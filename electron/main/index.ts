import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron';
import { chooseExportFolder, chooseImportFile, chooseLibraryFolder, confirmCloseWithUnsavedChanges, showErrorMessage, showFatalError } from '../adapters/dialogs';
import { printHtmlToPdf } from '../adapters/print-to-pdf';
import { createElectronSettingsStore } from '../adapters/electron-settings-store';
import type { SettingsFileRecovery } from '../services/settings/recovering-settings-store';
import { createSettingsService } from '../services/settings/settings-service';
import { openExternalSafely } from '../adapters/open-external';
import { openFolder, showInFolder } from '../adapters/show-in-folder';
import { appMenuTemplate } from './app-menu';
import { APP_ENTRY_URL, APP_SCHEME, appSchemePrivileges, createProtocolHandler } from './app-protocol';
import { createWindowOptions } from './create-window-options';
import { disposeBeforeQuit } from './dispose-before-quit';
import { guardWebContents } from './guard-web-contents';
import { wireIpc, type IpcWiring } from './ipc-wiring';
import { libraryDirFrom } from './library-location';
import { mainMessages, type MainMessages } from './main-messages';
import { devicePermissionHandler, permissionCheckHandler, permissionRequestHandler } from './navigation-guards';

// The composition root of the main process. Every decision it applies lives in a pure,
// tested module next to it; this file only connects them to Electron.

const isDevelopment = !app.isPackaged;
let mainWindow: BrowserWindow | null = null;
let ipcWiring: IpcWiring | null = null;
// English until the settings are read; then the user's interface language.
let messages: MainMessages = mainMessages('en');

const log = (message: string, detail?: unknown): void => {
  console.error(`[triptych] ${message}`, detail ?? '');
};

// Both must happen before `ready`: sandbox every renderer, and give app:// its privileges.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

// One instance per user: two processes writing the same library would break D5.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, {
      openExternal: (url) => void openExternalSafely(url).catch((error: unknown) => log('openExternal failed', error)),
      onBlocked: (kind, url) => log(`blocked ${kind}`, url),
    }),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on(
    'will-quit',
    disposeBeforeQuit({
      dispose: async () => ipcWiring?.dispose(),
      quit: () => app.quit(),
      onError: (error) => log('disposing services failed', error),
    }),
  );
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log('startup failed', error);
      showFatalError(messages.startFailedTitle, error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

async function start(): Promise<void> {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler(permissionRequestHandler);
  ses.setPermissionCheckHandler(permissionCheckHandler);
  ses.setDevicePermissionHandler(devicePermissionHandler);

  // Electron patches these fs functions to read inside app.asar.
  const stat = promisify(fs.stat);
  protocol.handle(
    APP_SCHEME,
    createProtocolHandler({
      bundleRoot: path.join(app.getAppPath(), 'dist', 'renderer'),
      readFile: promisify(fs.readFile),
      realpath: promisify(fs.realpath),
      isFile: async (file) => (await stat(file)).isFile(),
      onError: (error, url) => log(`protocol read failed for ${url}`, error),
    }),
  );

  const recoveries: SettingsFileRecovery[] = [];
  const settingsService = createSettingsService(
    createElectronSettingsStore({ cwd: app.getPath('userData'), onRecovered: (recovery) => recoveries.push(recovery) }),
    {
      onReadError: (error) => log('settings unreadable, using defaults', error),
      onRepaired: (fields) => log('invalid settings fields read as defaults', fields),
    },
  );
  // The native dialogs follow the interface language, also when it is switched while running.
  const settings: typeof settingsService = {
    get: () => settingsService.get(),
    update: async (patch) => {
      const updated = await settingsService.update(patch);
      messages = mainMessages(updated.uiLanguage);
      return updated;
    },
  };
  const initialSettings = await settings.get();
  messages = mainMessages(initialSettings.uiLanguage);
  const libraryDir = libraryDirFrom(initialSettings, app.getPath('documents'));
  ipcWiring = await wireIpc({
    ipcMain,
    libraryDir,
    settings,
    desktop: {
      chooseFolder: () => chooseLibraryFolder(mainWindow, messages.chooseLibraryTitle),
      // Quitting runs will-quit, which flushes and releases the library before the relaunch.
      restart: () => {
        app.relaunch();
        app.quit();
      },
      chooseExportFolder: () => chooseExportFolder(mainWindow, messages.chooseExportFolderTitle),
      chooseImportFile: (kind) =>
        chooseImportFile(mainWindow, kind, {
          title: messages.chooseImportFileTitle,
          articleFiles: messages.importArticleFiles,
          archiveFiles: messages.importArchiveFiles,
        }),
      showInFolder,
    },
    assetsDir: path.join(app.getAppPath(), 'assets'),
    printPdf: printHtmlToPdf,
    getRenderer: () => mainWindow?.webContents ?? null,
    validateResponses: isDevelopment,
    log,
  });

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate({
        platform: process.platform,
        appName: app.name,
        allowReload: isDevelopment,
        allowDevTools: isDevelopment,
        onCommand: (command) => ipcWiring?.sendEvent('menu:command', { command }),
        onShowLibraryFolder: () => {
          openFolder(libraryDir).catch((error: unknown) =>
            showErrorMessage(mainWindow, {
              title: messages.libraryFolderTitle,
              message: messages.libraryFolderFailed,
              detail: libraryDir,
            }).finally(() => log('open library folder failed', error)),
          );
        },
      }),
    ),
  );

  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });

  for (const recovery of recoveries) {
    await showErrorMessage(mainWindow, {
      title: messages.settingsTitle,
      message: messages.settingsRecovered,
      detail: recovery.backupPath,
    });
  }
}

function createMainWindow(): void {
  const options = createWindowOptions({
    preloadPath: path.join(__dirname, 'preload.cjs'),
    allowDevTools: isDevelopment,
  });
  // electronegativity-justified: the tool cannot see through createWindowOptions(), which
  // sets contextIsolation, sandbox, no nodeIntegration and our bundled preload
  // (tests/electron/create-window-options.test.ts). Middle-click (auxclick) can only ask for
  // a new window, which guardWebContents denies (tests/electron/guard-web-contents.test.ts).
  const window = new BrowserWindow(options);
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  // The renderer blocks unloading while an article save is pending or failed; by default
  // Electron would then silently keep the window open. Ask, and close only if told to.
  window.webContents.on('will-prevent-unload', (event) => {
    if (confirmCloseWithUnsavedChanges(window, messages)) event.preventDefault();
  });
  window.webContents.on('render-process-gone', (_event, details) => log('renderer gone', details));
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => log('loading the UI failed', error));
}

function focusMainWindow(): void {
  if (mainWindow === null) {
    // Before start() has wired IPC, a window would come up without its handlers.
    if (ipcWiring !== null) createMainWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}
