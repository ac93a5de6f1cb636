// A stand-in for the `electron` module, preloaded with `node --require` so the BUILT main
// bundle (dist/electron/main.cjs) can start in plain Node: the real binary cannot be
// downloaded on CI. It records what main asks of Electron and, once the window has loaded,
// drives a few IPC calls through the real handlers, then prints a JSON report.
'use strict';
const Module = require('node:module');
const path = require('node:path');
const os = require('node:os');

const root = process.env.FAKE_ELECTRON_ROOT;
const report = { windows: [], protocols: [], ipcChannels: [], menu: false, calls: {}, errors: [] };
const handlers = new Map();
let protocolHandler = null;
const listeners = new Map();
const on = (name, fn) => {
  listeners.set(name, [...(listeners.get(name) ?? []), fn]);
};

const contentsListeners = new Map();
const webContents = {
  on(name, fn) {
    contentsListeners.set(name, [...(contentsListeners.get(name) ?? []), fn]);
  },
  once() {},
  setWindowOpenHandler() {},
  send(channel, payload) {
    report.calls.sent = [...(report.calls.sent ?? []), { channel, payload }];
  },
  isDestroyed: () => false,
  getURL: () => 'app://triptych/index.html',
  mainFrame: { url: 'app://triptych/index.html', parent: null },
};

class BrowserWindow {
  constructor(options) {
    this.webContents = webContents;
    report.windows.push({ options });
    BrowserWindow.all.push(this);
  }
  once() {}
  on() {}
  show() {}
  focus() {}
  isMinimized() {
    return false;
  }
  async loadURL(url) {
    report.windows[report.windows.length - 1].url = url;
    setTimeout(() => void exercise(), 10);
  }
  static getAllWindows() {
    return BrowserWindow.all;
  }
}
BrowserWindow.all = [];

const trustedEvent = { senderFrame: { url: 'app://triptych/index.html', parent: null } };
const strangerEvent = { senderFrame: { url: 'https://evil.example/', parent: null } };

async function exercise() {
  try {
    const call = (channel, payload, event = trustedEvent) => handlers.get(channel)(event, payload);
    report.libraryInfo = await call('library:info', {});
    report.issues = await call('issues:list', {});
    report.created = await call('issue:create-next', {});
    try {
      await call('issues:list', {}, strangerEvent);
      report.strangerAnswered = true;
    } catch (error) {
      report.strangerRefused = String(error && error.message);
    }
    const index = await protocolHandler(new Request('app://triptych/index.html'));
    report.index = { status: index.status, csp: index.headers.get('content-security-policy'), body: (await index.text()).slice(0, 200) };
    const traversal = await protocolHandler(new Request('app://triptych/..%2f..%2fpackage.json'));
    report.traversalStatus = traversal.status;
    // The OS folder dialog (cancelled here) is reachable from the renderer.
    report.chooseFolder = await call('library:choose-folder', {});
    // Switch the interface to Belarusian, then let the page refuse to unload (a pending save).
    report.settingsUpdate = await call('settings:update', { uiLanguage: 'be' });
    for (const fn of contentsListeners.get('will-prevent-unload') ?? []) {
      fn({ preventDefault() {
        report.unloadAllowed = true;
      } });
    }
  } catch (error) {
    report.errors.push(String(error && error.stack));
  }
  // will-quit disposes the services (releasing the library lock) before the process ends.
  for (const fn of listeners.get('will-quit') ?? []) fn({ preventDefault() {} });
  setTimeout(() => {
    process.stdout.write(`FAKE-ELECTRON-REPORT ${JSON.stringify(report)}\n`);
    process.exit(0);
  }, 300);
}

const electron = {
  app: {
    isPackaged: false,
    name: 'Triptych',
    enableSandbox() {
      report.calls.enableSandbox = true;
    },
    requestSingleInstanceLock: () => true,
    on,
    once: on,
    whenReady: () => Promise.resolve(),
    getPath: (name) => path.join(root, name),
    getAppPath: () => process.cwd(),
    getVersion: () => '0.0.0',
    quit() {},
    exit(code) {
      process.stdout.write(`FAKE-ELECTRON-REPORT ${JSON.stringify({ ...report, exitCode: code })}\n`);
      process.exit(0);
    },
  },
  protocol: {
    registerSchemesAsPrivileged(schemes) {
      report.protocols = schemes;
    },
    handle(scheme, handler) {
      report.calls.protocolHandled = scheme;
      protocolHandler = handler;
    },
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler(fn) {
        report.calls.permissionRequest = typeof fn;
      },
      setPermissionCheckHandler(fn) {
        report.calls.permissionCheck = typeof fn;
      },
      setDevicePermissionHandler() {},
    },
  },
  ipcMain: {
    handle(channel, fn) {
      handlers.set(channel, fn);
      report.ipcChannels.push(channel);
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
    on() {},
  },
  BrowserWindow,
  Menu: {
    buildFromTemplate: (template) => template,
    setApplicationMenu() {
      report.menu = true;
    },
  },
  dialog: {
    showErrorBox(title, content) {
      report.errors.push(`${title}: ${content}`);
    },
    async showMessageBox() {
      return { response: 0 };
    },
    showMessageBoxSync(_window, options) {
      report.unsavedDialog = options;
      return 1; // "Close anyway"
    },
    async showOpenDialog() {
      return { canceled: true, filePaths: [] };
    },
  },
  shell: { async openExternal() {}, showItemInFolder() {}, async openPath() {
    return '';
  } },
};

const fakePath = path.join(os.tmpdir(), 'triptych-fake-electron.cjs');
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolve(request, ...rest) {
  if (request === 'electron') return fakePath;
  return originalResolve.call(this, request, ...rest);
};
require.cache[fakePath] = { id: fakePath, filename: fakePath, loaded: true, exports: electron };
process.on('unhandledRejection', (error) => report.errors.push(`unhandled: ${String(error && error.stack)}`));
