import { channelNames, eventNames } from '../../shared/ipc/contract';
import { createDispatcher } from '../../shared/ipc/dispatcher';
import { createServices } from '../services/create-services';
import type { SettingsService } from '../services/settings/settings-service';
import type { DesktopPort } from '../services/desktop/desktop-port';
import type { PdfPrinter } from '../services/export/pdf-printer';
import { createEventSender, type RendererTarget } from './event-sender';
import { registerIpcHandlers, type IpcHandleRegistry } from './register-ipc-handlers';

export interface IpcWiringDeps {
  ipcMain: IpcHandleRegistry;
  libraryDir: string;
  settings: SettingsService;
  desktop: DesktopPort;
  assetsDir: string;
  printPdf: PdfPrinter;
  getRenderer(): RendererTarget | null;
  /** Development builds also validate responses, to catch handler bugs early. */
  validateResponses: boolean;
  log(message: string, detail?: unknown): void;
}

export interface IpcWiring {
  sendEvent(name: string, payload: unknown): boolean;
  dispose(): Promise<void>;
}

/**
 * Composition of services, dispatcher and Electron IPC: the same `createServices` and
 * `createDispatcher` the Node tests use, behind the sender check of `registerIpcHandlers`.
 */
export async function wireIpc(deps: IpcWiringDeps): Promise<IpcWiring> {
  // Electron's single-instance lock already keeps a second copy on this machine away, so a
  // library lock found at start-up is almost always left by a crash: wait for it to go
  // stale (10 s) instead of refusing to start.
  const services = await createServices({
    libraryDir: deps.libraryDir,
    settings: deps.settings,
    createSample: true,
    log: deps.log,
    lock: { waitMs: 12_000 },
    desktop: deps.desktop,
    assetsDir: deps.assetsDir,
    printPdf: deps.printPdf,
  });
  const onUnexpectedError = (channel: string, error: unknown): void => deps.log(`IPC ${channel} failed`, error);
  const dispatch = createDispatcher(services.handlers, { validateResponses: deps.validateResponses, onUnexpectedError });
  const unregister = registerIpcHandlers({
    ipcMain: deps.ipcMain,
    channels: channelNames,
    dispatch,
    onUnexpectedError,
    onRejectedSender: (channel, frameUrl) => deps.log(`IPC ${channel} refused from ${String(frameUrl)}`),
  });
  const sendEvent = createEventSender({ eventNames, getTarget: deps.getRenderer });
  const unsubscribers = eventNames.map((name) => services.events.on(name, (payload) => sendEvent(name, payload)));
  return {
    sendEvent,
    async dispose() {
      unregister();
      for (const unsubscribe of unsubscribers) unsubscribe();
      await services.dispose();
    },
  };
}
