import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { createServices } from '../../electron/services/create-services';
import { HEADLESS_CHROMIUM_ARGS } from '../../electron/services/export/pdf/headless-chromium-args';
import type { DesktopPort } from '../../electron/services/desktop/desktop-port';
import type { FsPort } from '../../electron/services/fs/fs-port';
import { createConfSettingsStore } from '../../electron/services/settings/conf-settings-store';
import { createSettingsService } from '../../electron/services/settings/settings-service';
import { forwardServiceEvents } from '../../scripts/browser-transport/forward-service-events';
import { startBrowserServer, type BrowserServer } from '../../scripts/browser-transport/start-browser-server';
import { createClient, type IpcClient } from '../../shared/ipc/client';
import { createDispatcher } from '../../shared/ipc/dispatcher';
import { createInMemoryTransport } from '../../shared/ipc/in-memory-transport';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The production renderer bundle, built by tests/support/global-setup.ts. */
export const RENDERER_BUNDLE_DIR = path.join(REPO_ROOT, 'dist', 'renderer');

/**
 * The first of `paths` that is an executable file (a bare name is looked up on PATH), or
 * null. A missing program is a failure in CI (`CI=true`: this throws), and on a
 * developer's machine a reason to skip (this prints why and returns null), so tests
 * write `if (!program) return ctx.skip()`.
 */
export function requireProgram(name: string, paths: readonly string[]): string | null {
  const candidates = paths.flatMap((candidate) =>
    candidate.includes('/') || candidate.includes('\\')
      ? [candidate]
      : (process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, candidate)),
  );
  for (const candidate of candidates) {
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // Not there or not executable: try the next one.
    }
  }
  const reason = `${name} not found (looked for ${paths.join(', ')})`;
  if (process.env.CI === 'true') throw new Error(`${reason}; CI must provide it`);
  console.warn(`[tests] skipping: ${reason}`);
  return null;
}

/**
 * Headless Debian Chromium through playwright-core (never `playwright install`), from
 * `CHROMIUM_PATH` or /usr/bin/chromium; null (with the reason printed) when it is
 * missing outside CI. A Chromium that exists but fails to start is an error.
 */
export async function launchChromium(): Promise<Browser | null> {
  const executablePath = requireProgram('Chromium', [process.env.CHROMIUM_PATH ?? '/usr/bin/chromium']);
  if (executablePath === null) return null;
  return chromium.launch({ executablePath, args: [...HEADLESS_CHROMIUM_ARGS], headless: true });
}

export interface TestAppOptions {
  /** An existing library to open; a fresh temporary one (removed on close) when omitted. */
  libraryDir?: string;
  /** Create the sample issue in a new library (default true, like a first start). */
  createSample?: boolean;
  /** The bundle to serve; dist/renderer (the real renderer) unless a test brings its own page. */
  bundleDir?: string;
  /** A stand-in for the desktop shell's folder dialog and restart. */
  desktop?: DesktopPort;
  /** The file system the services use (a fault-injecting one, to test failures a user sees). */
  fs?: FsPort;
  /**
   * Check every response against the contract (default true, as in development). The
   * packaged app does not, so a benchmark of what ships turns it off.
   */
  validateResponses?: boolean;
}

export interface TestApp {
  /** Open this in a page: `http://127.0.0.1:PORT/#token=…`. */
  readonly url: string;
  readonly origin: string;
  readonly libraryDir: string;
  /** A Node-side client over the same services, to arrange state or check results. */
  readonly ipc: IpcClient;
  /** Pushes a contract event to the page(s). */
  readonly emit: BrowserServer['emit'];
  /** Unexpected handler errors and invalid responses seen so far; a test can assert it stays empty. */
  readonly unexpectedErrors: ReadonlyArray<{ channel: string; error: unknown }>;
  /** Stops the server, disposes the services (releasing the library lock) and removes temporary folders. */
  close(): Promise<void>;
}

/**
 * The real renderer bundle against the real services: `createServices` on a library
 * folder, settings in a temporary conf folder, served by the loopback browser server.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const bundleDir = options.bundleDir ?? RENDERER_BUNDLE_DIR;
  if (!fs.existsSync(path.join(bundleDir, 'index.html'))) {
    throw new Error(`${bundleDir} has no index.html: the vitest global setup builds it from renderer/`);
  }
  const ownedDirs: string[] = [];
  const tempDir = (prefix: string): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    ownedDirs.push(dir);
    return dir;
  };
  const removeOwnedDirs = (): void => {
    for (const dir of ownedDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    const libraryDir = options.libraryDir ?? tempDir('triptych-ui-library-');
    const settings = createSettingsService(createConfSettingsStore(tempDir('triptych-ui-settings-')));
    const services = await createServices({ libraryDir, settings, createSample: options.createSample ?? true, desktop: options.desktop, fs: options.fs });
    const unexpectedErrors: Array<{ channel: string; error: unknown }> = [];
    const dispatch = createDispatcher(services.handlers, {
      validateResponses: options.validateResponses ?? true,
      onUnexpectedError: (channel, error) => unexpectedErrors.push({ channel, error }),
    });
    let server: BrowserServer;
    try {
      server = await startBrowserServer({ dispatch, bundleDir });
    } catch (error) {
      await services.dispose();
      throw error;
    }
    const unsubscribe = forwardServiceEvents(services.events, server.emit, (error, name) =>
      unexpectedErrors.push({ channel: `event ${name}`, error }),
    );
    let closing: Promise<void> | undefined;
    return {
      url: server.url,
      origin: server.origin,
      libraryDir,
      ipc: createClient(createInMemoryTransport(dispatch)),
      emit: server.emit,
      unexpectedErrors,
      close() {
        closing ??= (async () => {
          unsubscribe();
          await server.close();
          await services.dispose();
          removeOwnedDirs();
        })();
        return closing;
      },
    };
  } catch (error) {
    removeOwnedDirs();
    throw error;
  }
}
