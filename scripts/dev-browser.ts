// `npm run dev:browser [-- --library DIR] [-- --port N]`: the real renderer in any
// browser against the real services, over the loopback transport. Without --library it
// opens a fresh temporary library with the sample issue, removed again on exit.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServices } from '../electron/services/create-services';
import { createConfSettingsStore } from '../electron/services/settings/conf-settings-store';
import { createSettingsService } from '../electron/services/settings/settings-service';
import { createDispatcher } from '../shared/ipc/dispatcher';
import { ensureRendererBundle } from './browser-transport/ensure-renderer-bundle';
import { forwardServiceEvents } from './browser-transport/forward-service-events';
import { startBrowserServer } from './browser-transport/start-browser-server';

const SHUTDOWN_TIMEOUT_MS = 10_000;
const USAGE = 'usage: npm run dev:browser -- [--library DIR] [--port N]';
// Temporary folders this run created, removed on exit and on a failed start.
const temporary: string[] = [];
const removeTemporary = (): void => {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
};
const log = (message: string, detail?: unknown): void => console.error(`[dev:browser] ${message}`, detail ?? '');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { library: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid --port; ${USAGE}`);

  const repoRoot = fileURLToPath(new URL('..', import.meta.url));
  if (await ensureRendererBundle(repoRoot)) log('built dist/renderer');

  const tempDir = (prefix: string): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    temporary.push(dir);
    return dir;
  };
  const libraryDir = values.library === undefined ? tempDir('triptych-dev-library-') : path.resolve(values.library);
  const settings = createSettingsService(
    createConfSettingsStore(tempDir('triptych-dev-settings-'), {
      onRecovered: ({ backupPath }) => log(`unreadable settings file moved to ${backupPath}`),
    }),
    { onRepaired: (fields) => log(`invalid settings read as defaults: ${fields.join(', ')}`) },
  );
  const services = await createServices({ libraryDir, settings, createSample: values.library === undefined, log });
  const dispatch = createDispatcher(services.handlers, {
    validateResponses: true,
    onUnexpectedError: (channel, error) => log(`IPC ${channel} failed`, error),
  });
  const server = await startBrowserServer({
    dispatch,
    bundleDir: path.join(repoRoot, 'dist', 'renderer'),
    port,
    onError: (error, context) => log(context, error),
  }).catch(async (error: unknown) => {
    // Release the library lock before giving up (a taken port, for instance).
    await services.dispose();
    throw error;
  });
  const stopForwarding = forwardServiceEvents(services.events, server.emit, (error, name) => log(`invalid ${name} event`, error));

  console.log(`Library: ${libraryDir}${values.library === undefined ? ' (temporary, removed on exit)' : ''}`);
  console.log(`Open:    ${server.url}`);
  console.log('Ctrl+C to stop.');

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    // tsx relays a signal it sees to this process as well, so one Ctrl+C can arrive
    // twice: repeats are ignored, and a stuck shutdown is cut off by the timer instead.
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    setTimeout(() => {
      log('shutdown took too long; exiting without waiting');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    (async () => {
      stopForwarding();
      await server.close();
      // Flushes queued writes, then releases the library lock.
      await services.dispose();
      removeTemporary();
    })().then(
      () => process.exit(0),
      (error: unknown) => {
        log('shutdown failed', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  removeTemporary();
  log('failed to start', error instanceof Error ? error.message : error);
  process.exit(1);
});
