import { randomInt } from 'node:crypto';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import type { Handlers } from '../../shared/ipc/dispatcher';
import type { AtomicWriteOptions } from './fs/atomic-write';
import { nodeFsPort, type FsPort } from './fs/fs-port';
import type { LibraryLockOptions } from './fs/library-lock';
import { createJournal } from './journal/journal';
import { createJournalHandlers } from './journal/create-journal-handlers';
import { createLibraryHandlers } from './library/create-library-handlers';
import { nodeDirectoryWatcher, type DirectoryWatcherPort } from './library/directory-watcher-port';
import { watchArticles } from './library/watch-articles';
import type { Library } from './library/library';
import { openLibrary } from './library/open-library';
import { createSampleIssue } from './sample/create-sample-issue';
import type { SettingsService } from './settings/settings-service';
import { createDesktopHandlers } from './desktop/create-desktop-handlers';
import { createExportHandlers } from './export/create-export-handlers';
import { createFileGrants } from './export/file-grants';
import type { PdfPrinter } from './export/pdf-printer';
import { sourceAssetsDir } from './source-assets-dir';
import type { DesktopPort } from './desktop/desktop-port';

export interface ServicePorts {
  /** Absolute path of the library folder (created if missing). */
  libraryDir: string;
  fs?: FsPort;
  now?: () => Date;
  /** In [0, 1); ids are drawn from it, so tests pass a seeded one. */
  random?: () => number;
  settings: SettingsService;
  /** Write the sample issue when the library is brand new (the app passes true; default false). */
  createSample?: boolean;
  lock?: LibraryLockOptions;
  writeOptions?: AtomicWriteOptions;
  /** The OS folder dialog and restart; only the Electron shell has them. */
  desktop?: DesktopPort;
  /** Unexpected but non-fatal problems (e.g. the sample could not be written). */
  log?: (message: string, detail?: unknown) => void;
  /**
   * Watches article files for changes made outside the app (D8); `null` turns watching off.
   * Default: the real file system's `fs.watch`.
   */
  watcher?: DirectoryWatcherPort | null;
  /** Quiet time before a changed file is looked at (default 100 ms). */
  watchDebounceMs?: number;
  /** The `assets` folder with the export templates (default: the one beside the sources). */
  assetsDir?: string;
  /** Prints export HTML to PDF: Electron's printToPDF in the app, Chromium in the CLI; null: no PDF. */
  printPdf?: PdfPrinter | null;
}

export interface Services {
  handlers: Handlers;
  library: Library;
  events: { on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void };
  /** Waits for queued writes, then releases the library lock. Idempotent. */
  dispose(): Promise<void>;
}

const cryptoRandom = (): number => randomInt(0, 2 ** 48 - 1) / 2 ** 48;

/**
 * The composition root of the services, used by the Electron main and by the tests alike:
 * everything outside plain Node (file system, clock, randomness, settings storage) comes in
 * through `ports`.
 */
export async function createServices(ports: ServicePorts): Promise<Services> {
  const { settings } = ports;
  const library = await openLibrary({
    dir: ports.libraryDir,
    fs: ports.fs ?? nodeFsPort,
    now: ports.now ?? (() => new Date()),
    random: ports.random ?? cryptoRandom,
    createSample: ports.createSample ? createSampleIssue : undefined,
    lock: ports.lock,
    writeOptions: ports.writeOptions,
    onSampleError: (error) => ports.log?.('the sample issue could not be written', error),
  });
  const libraryHandlers = createLibraryHandlers(library, {
    defaultSourceLanguage: async () => (await settings.get()).defaultSourceLanguage,
  });
  const journal = createJournal(library, { log: ports.log });
  try {
    await journal.removeLeftoverTempFiles();
  } catch (error) {
    // Leftover temp files cost only disk space; they must not keep the library from opening.
    ports.log?.('leftover crash journal temp files could not be removed', error);
  }
  const handlers: Handlers = {
    ...libraryHandlers,
    ...createJournalHandlers({ journal, library: libraryHandlers, log: ports.log }),
    'library:info': async (request) => ({ ...(await libraryHandlers['library:info'](request)), canChangeFolder: ports.desktop !== undefined }),
    ...createDesktopHandlers({ desktop: ports.desktop, settings, currentLibraryDir: library.dir }),
    ...createExportHandlers({
      library,
      grants: createFileGrants(),
      desktop: ports.desktop,
      assetsDir: ports.assetsDir ?? sourceAssetsDir(),
      printPdf: ports.printPdf ?? null,
      publication: async () => (await settings.get()).publication,
    }),
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
  };
  const watcher =
    ports.watcher === null
      ? null
      : watchArticles(library, ports.watcher ?? nodeDirectoryWatcher, { debounceMs: ports.watchDebounceMs, log: ports.log });
  return {
    handlers,
    library,
    events: { on: (name, listener) => library.events.on(name, listener) },
    dispose: () => {
      watcher?.stop();
      return library.close();
    },
  };
}
