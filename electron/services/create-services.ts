import { randomInt } from 'node:crypto';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import type { Handlers } from '../../shared/ipc/dispatcher';
import type { AtomicWriteOptions } from './fs/atomic-write';
import { nodeFsPort, type FsPort } from './fs/fs-port';
import type { LibraryLockOptions } from './fs/library-lock';
import { createLibraryHandlers } from './library/create-library-handlers';
import type { Library } from './library/library';
import { openLibrary } from './library/open-library';
import { createSampleIssue } from './sample/create-sample-issue';
import type { SettingsService } from './settings/settings-service';
import { createDesktopHandlers } from './desktop/create-desktop-handlers';
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
  const handlers: Handlers = {
    ...libraryHandlers,
    'library:info': async (request) => ({ ...(await libraryHandlers['library:info'](request)), canChangeFolder: ports.desktop !== undefined }),
    ...createDesktopHandlers({ desktop: ports.desktop, settings, currentLibraryDir: library.dir }),
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
  };
  return {
    handlers,
    library,
    events: { on: (name, listener) => library.events.on(name, listener) },
    dispose: () => library.close(),
  };
}
